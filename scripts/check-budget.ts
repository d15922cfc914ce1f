/**
 * The last check of `npm run check:build`: measures every page of the build
 * (`.vitepress/dist`, built first by `npm run build`) against
 * `budgets.json`, and fails with a line per page and resource type that is
 * over its budget. Compressed sizes are computed here (brotli 11, gzip 9),
 * as a static host serves them; no browser is needed.
 *
 * `--dist <folder>` measures another build; `--budgets <file>` reads other
 * budgets.
 */
import { existsSync, readFileSync } from 'node:fs'
import {
  budgetKeys,
  overBudget,
  pagesByType,
  parseBudgetFile
} from './lib/budget'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { buildFiles, pageFiles } from './lib/page-weight'

const { values } = readCommandLine(commands.checkBudget)

function main(): string[] {
  const { dist, budgets: file } = values
  if (!existsSync(`${dist}/index.html`))
    return [`${dist}/index.html is missing: run "npm run build" first.`]
  const budgets = parseBudgetFile(readFileSync(file, 'utf8'), file)
  const read = buildFiles(dist)
  const problems: string[] = []
  console.log(
    `Page weight, KiB ${budgets.compression} (budget in brackets), from ${file}:`
  )
  for (const { page, type } of pagesByType(dist, budgets)) {
    if (!type) {
      problems.push(
        `${page} matches no page type in ${file}: add its path to a type's "files".`
      )
      continue
    }
    const bytes = Object.fromEntries(
      budgetKeys.map((key) => [key, 0])
    ) as Record<(typeof budgetKeys)[number], number>
    try {
      for (const { kind, sizes } of pageFiles(read, page)) {
        bytes[kind] += sizes[budgets.compression]
        bytes.total += sizes[budgets.compression]
      }
    } catch (error) {
      problems.push((error as Error).message)
      continue
    }
    const over = overBudget(page, type, bytes, budgets.compression, file)
    problems.push(...over)
    const cells = budgetKeys
      .filter((key) => bytes[key] > 0 || type.budgetsKiB[key] !== undefined)
      .map((key) => {
        const budget = type.budgetsKiB[key]
        return `${key} ${(bytes[key] / 1024).toFixed(1)}${budget === undefined ? '' : ` (${budget})`}`
      })
    console.log(
      `  ${over.length > 0 ? '✗' : '✓'} ${page} [${type.name}]: ${cells.join(', ')}`
    )
  }
  return problems
}

try {
  const problems = main()
  if (problems.length > 0) {
    console.error(
      `\nOver budget:\n${problems.map((line) => `- ${line}`).join('\n')}`
    )
    process.exitCode = 1
  } else console.log('\nEvery page is within its budget.')
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
