/**
 * Page-weight budgets: how many compressed KiB each type of page may make a
 * first visit download, per resource type. The numbers live in
 * `budgets.json`, checked against the schema below; `npm run check:build`
 * (scripts/check-budget.ts) measures the build against them.
 */
import { globSync } from 'tinyglobby'
import { z } from 'zod'
import { resourceKinds } from './resource-kind'

export const budgetKeys = [...resourceKinds, 'total'] as const
export type BudgetKey = (typeof budgetKeys)[number]

const nonEmpty = { error: 'must be a non-empty string.' }
const globs = {
  error: 'must be a list of globs such as "index.html" or "r/**".'
}
const kibs = { error: 'must be a number of KiB, 0 or more.' }
const pageType = z.object(
  {
    name: z.string(nonEmpty).trim().min(1, nonEmpty),
    /** Globs of HTML files below the build folder, as tinyglobby reads them. */
    files: z.array(z.string(globs).min(1, globs), globs).min(1, globs),
    /** KiB allowed per key; a key left out has no budget. */
    budgetsKiB: z.partialRecord(
      z.enum(budgetKeys),
      z.number(kibs).min(0, kibs),
      { error: 'must be an object of KiB by resource type.' }
    )
  },
  { error: 'must be an object.' }
)
export type PageType = z.infer<typeof pageType>

const budgetFile = z.object({
  compression: z.enum(['brotli', 'gzip'], {
    error: 'must be "brotli" or "gzip".'
  }),
  /** The first type whose `files` match a page is the page's type. */
  pageTypes: z
    .array(pageType)
    .min(1, { error: 'must be a list with at least one page type.' })
    .refine(
      (types) => new Set(types.map((type) => type.name)).size === types.length,
      {
        error: 'two page types have the same name.'
      }
    )
})
export type BudgetFile = z.infer<typeof budgetFile>

/** Reads `budgets.json`; throws one line per problem, naming the file and the field. */
export function parseBudgetFile(
  text: string,
  file = 'budgets.json'
): BudgetFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${file}: cannot read it as JSON (${(error as Error).message}).`
    )
  }
  const result = budgetFile.safeParse(data)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.')
    if (where === '')
      return `${file}: expected an object with "compression" and "pageTypes".`
    if (issue.code === 'unrecognized_keys')
      return `${file}: ${where}.${issue.keys.join(', ')} is not a budget; use ${budgetKeys.join(', ')}.`
    return `${file}: ${where} ${issue.message}`
  })
  throw new Error(lines.join('\n'))
}

/** Each HTML page below `dist` with its type: the first whose globs match it, or none. */
export function pagesByType(
  dist: string,
  budgets: BudgetFile
): { page: string; type?: PageType }[] {
  const typed = new Map<string, PageType>()
  for (const type of budgets.pageTypes)
    for (const page of globSync(type.files, { cwd: dist }))
      if (!typed.has(page)) typed.set(page, type)
  return globSync('**/*.html', { cwd: dist })
    .sort()
    .map((page) => ({ page, type: typed.get(page) }))
}

const labels: Record<BudgetKey, string> = {
  html: 'HTML',
  js: 'JavaScript',
  css: 'CSS',
  fonts: 'fonts (every file its CSS names)',
  images: 'images',
  other: 'other files',
  total: 'the total'
}
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

/** One line a maintainer can act on for each budget the page's bytes go over. */
export function overBudget(
  page: string,
  type: PageType,
  bytes: Record<BudgetKey, number>,
  compression: BudgetFile['compression'],
  file = 'budgets.json'
): string[] {
  return budgetKeys.flatMap((key) => {
    const budgetKiB = type.budgetsKiB[key]
    if (budgetKiB === undefined) return []
    const budget = Math.round(budgetKiB * 1024)
    if (bytes[key] <= budget) return []
    return [
      `${page} (${type.name} page): ${labels[key]} is ${kib(bytes[key])} ${compression}, ` +
        `over its budget of ${kib(budget)} by ${kib(bytes[key] - budget)}. ` +
        `Make the page lighter, or raise pageTypes "${type.name}" budgetsKiB.${key} in ${file} and say why in the pull request.`
    ]
  })
}
