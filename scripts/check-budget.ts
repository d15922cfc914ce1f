/**
 * `npm run check:budget`: measures every page of the build
 * (`.vitepress/dist`, built first by `npm run build`) against
 * `budgets.json`, and fails with a line per page and resource type that is
 * over its budget. Compressed sizes are computed here (brotli 11, gzip 9),
 * as a static host serves them; no browser is needed.
 *
 * Usage: tsx scripts/check-budget.ts [--dist .vitepress/dist] [--budgets budgets.json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  budgetKeys,
  checkPageBudget,
  formatViolation,
  pageTypeOf,
  parseBudgetFile,
  type BudgetFile,
  type BudgetViolation,
  type PageBytes
} from './lib/budget'
import { BuildFiles, pageFiles } from './lib/page-weight'

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: '.vitepress/dist' },
    budgets: { type: 'string', default: 'budgets.json' }
  }
})

function loadBudgets(file: string): BudgetFile {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(
      `${file}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)}).`
    )
  }
  return parseBudgetFile(data, file)
}

function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort()
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(6)

function main(): number {
  const dist = values.dist
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`${dist}/index.html is missing: run "npm run build" first.`)
    return 1
  }
  const budgets = loadBudgets(values.budgets)
  const files = new BuildFiles(dist)
  const violations: BudgetViolation[] = []
  const problems: string[] = []

  console.log(
    `Page weight, KiB ${budgets.compression} (budget in brackets), from ${values.budgets}:`
  )
  for (const page of builtPages(dist)) {
    const pageType = pageTypeOf(page, budgets)
    if (!pageType) {
      problems.push(
        `${page} matches no page type in ${values.budgets}: add its path to a type's "files".`
      )
      continue
    }
    let bytes: PageBytes
    try {
      bytes = Object.fromEntries(budgetKeys.map((key) => [key, 0])) as PageBytes
      for (const file of pageFiles(files, page)) {
        const size = file.sizes[budgets.compression]
        bytes[file.kind] += size
        bytes.total += size
      }
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
      continue
    }
    const found = checkPageBudget(page, pageType, bytes)
    violations.push(...found)
    const cells = budgetKeys
      .filter((key) => bytes[key] > 0 || pageType.budgetsKiB[key] !== undefined)
      .map((key) => {
        const budget = pageType.budgetsKiB[key]
        return `${key} ${kib(bytes[key]).trim()}${budget === undefined ? '' : ` (${budget})`}`
      })
    console.log(
      `  ${found.length > 0 ? '✗' : '✓'} ${page} [${pageType.name}]: ${cells.join(', ')}`
    )
  }

  const messages = [
    ...problems,
    ...violations.map((violation) =>
      formatViolation(violation, budgets.compression, values.budgets)
    )
  ]
  if (messages.length > 0) {
    console.error(
      `\nOver budget:\n${messages.map((line) => `- ${line}`).join('\n')}`
    )
    return 1
  }
  console.log('\nEvery page is within its budget.')
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
