/**
 * Page-weight budgets: how many compressed bytes each type of page may make
 * a first visit download, per resource type. The numbers live in
 * `budgets.json`; `npm run check:budget` (scripts/check-budget.ts) measures
 * the build against them.
 */
import { resourceKinds } from './resource-kind'

/** A budget line: a resource type, or the page's total. */
export const budgetKeys = [...resourceKinds, 'total'] as const
export type BudgetKey = (typeof budgetKeys)[number]

export const compressions = ['brotli', 'gzip'] as const
export type Compression = (typeof compressions)[number]

export interface PageType {
  name: string
  /** Globs of HTML files below the build folder: `*` within a folder, `**` across folders. */
  files: string[]
  /** KiB allowed per key; a key left out has no budget. */
  budgetsKiB: Partial<Record<BudgetKey, number>>
}

export interface BudgetFile {
  /** Which compressed size the budgets count. */
  compression: Compression
  /** The first type whose `files` match a page is the page's type. */
  pageTypes: PageType[]
}

export class BudgetFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'BudgetFileError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks the parsed budget file; throws naming the file and the field at fault. */
export function parseBudgetFile(
  data: unknown,
  file = 'budgets.json'
): BudgetFile {
  const fail = (message: string): never => {
    throw new BudgetFileError(file, message)
  }
  if (!isRecord(data))
    return fail('expected an object with "compression" and "pageTypes".')

  const compression = data.compression
  if (!compressions.includes(compression as Compression))
    fail(
      `"compression" is ${JSON.stringify(compression)}; use "brotli" or "gzip".`
    )

  const pageTypes = data.pageTypes
  if (!Array.isArray(pageTypes) || pageTypes.length === 0)
    return fail('"pageTypes" must be a list with at least one page type.')

  const names = new Set<string>()
  const parsed = pageTypes.map((entry: unknown, index): PageType => {
    const where = `pageTypes[${index}]`
    if (!isRecord(entry)) return fail(`${where} must be an object.`)
    const { name, files, budgetsKiB } = entry
    if (typeof name !== 'string' || name.trim() === '')
      fail(`${where}.name must be a non-empty string.`)
    const label = `${where} ("${String(name)}")`
    if (names.has(name as string)) fail(`${label}: the name is used twice.`)
    names.add(name as string)
    if (
      !Array.isArray(files) ||
      files.length === 0 ||
      !files.every((glob) => typeof glob === 'string' && glob !== '')
    )
      fail(
        `${label}.files must be a list of globs such as "index.html" or "r/**".`
      )
    if (!isRecord(budgetsKiB))
      return fail(`${label}.budgetsKiB must be an object.`)
    for (const [key, value] of Object.entries(budgetsKiB)) {
      if (!(budgetKeys as readonly string[]).includes(key))
        fail(
          `${label}.budgetsKiB.${key} is not a budget; use ${budgetKeys.join(', ')}.`
        )
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        fail(
          `${label}.budgetsKiB.${key} must be a number of KiB, 0 or more; found ${JSON.stringify(value)}.`
        )
    }
    return {
      name: name as string,
      files: files as string[],
      budgetsKiB: budgetsKiB as PageType['budgetsKiB']
    }
  })
  return { compression: compression as Compression, pageTypes: parsed }
}

/** A glob as a regular expression: `**` spans folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
  let pattern = ''
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? ''
    if (char === '*' && glob[index + 1] === '*') {
      // `**/` also matches no folder at all.
      if (glob[index + 2] === '/') {
        pattern += '(?:.*/)?'
        index += 2
      } else {
        pattern += '.*'
        index += 1
      }
    } else if (char === '*') pattern += '[^/]*'
    else if (char === '?') pattern += '[^/]'
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

/** The page type of an HTML file (path below the build folder, `/` separators). */
export function pageTypeOf(
  page: string,
  budgets: BudgetFile
): PageType | undefined {
  return budgets.pageTypes.find((type) =>
    type.files.some((glob) => globToRegExp(glob).test(page))
  )
}

export type PageBytes = Record<BudgetKey, number>

export interface BudgetViolation {
  page: string
  pageType: string
  key: BudgetKey
  bytes: number
  budgetBytes: number
}

const budgetLabels: Record<BudgetKey, string> = {
  html: 'HTML',
  js: 'JavaScript',
  css: 'CSS',
  fonts: 'fonts (every file its CSS names)',
  images: 'images',
  other: 'other files',
  total: 'the total'
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

/** The budget lines a page's bytes go over. */
export function checkPageBudget(
  page: string,
  pageType: PageType,
  bytes: PageBytes
): BudgetViolation[] {
  const violations: BudgetViolation[] = []
  for (const key of budgetKeys) {
    const budgetKiB = pageType.budgetsKiB[key]
    if (budgetKiB === undefined) continue
    const budgetBytes = Math.round(budgetKiB * 1024)
    if (bytes[key] > budgetBytes)
      violations.push({
        page,
        pageType: pageType.name,
        key,
        bytes: bytes[key],
        budgetBytes
      })
  }
  return violations
}

/** One line a maintainer can act on. */
export function formatViolation(
  violation: BudgetViolation,
  compression: Compression,
  file = 'budgets.json'
): string {
  const { page, pageType, key, bytes, budgetBytes } = violation
  const what = budgetLabels[key]
  return (
    `${page} (${pageType} page): ${what} is ${kib(bytes)} ${compression}, ` +
    `over its budget of ${kib(budgetBytes)} by ${kib(bytes - budgetBytes)}. ` +
    `Make the page lighter, or raise pageTypes "${pageType}" budgetsKiB.${key} in ${file} and say why in the pull request.`
  )
}
