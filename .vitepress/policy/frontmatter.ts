/**
 * The frontmatter rules of every page (content/page-schema.ts) and, on a
 * policy page, a `version`, an `effectiveDate` and a `changelog` whose
 * newest entry matches both: checked by `npm run lint:docs`, and when the
 * Changes page is built. Each problem reads `file:line: message`, the line
 * being the field's own, or the frontmatter's first when it is missing.
 */
import { isContentError } from '../content-error'
import { readPage, type PageSource } from '../content/frontmatter'
import {
  frontmatterProblems,
  type PageFrontmatter
} from '../content/page-schema'

/** A policy's version fields; the changelog is newest first. */
export type PolicyFrontmatter = Required<
  Pick<PageFrontmatter, 'version' | 'effectiveDate' | 'changelog'>
>
export type ChangelogEntry = PolicyFrontmatter['changelog'][number]

export class PageLintError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'PageLintError'
  }
}

/** Why a policy page needs each version field. */
const policyKeys = {
  version: "A policy page needs one, such as version: '1.1'.",
  effectiveDate:
    "A policy page needs the date its version takes effect, such as effectiveDate: '2026-11-25'.",
  changelog:
    'A policy page lists each version, newest first, with its version, date and summary.'
}

/**
 * What a policy page needs beyond the schema. The versions are compared
 * only when the schema found the data valid.
 */
function policyProblems(
  page: PageSource,
  valid: boolean
): { line: number; message: string }[] {
  const data = page.data as PageFrontmatter
  const problems = Object.entries(policyKeys)
    .filter(([key]) => data[key as keyof typeof policyKeys] === undefined)
    .map(([key, why]) => ({
      line: 1,
      message: `the frontmatter has no "${key}". ${why}`
    }))
  const { version, effectiveDate, changelog } = data
  const newest = changelog?.[0]
  if (!valid || !newest || version === undefined) return problems
  if (newest.version !== version)
    problems.push({
      line: page.lineOf(['version']),
      message: `version '${version}' has no changelog entry: the newest entry (the first) is '${newest.version}'. Add an entry for '${version}' at the top of "changelog".`
    })
  else if (effectiveDate !== undefined && newest.date !== effectiveDate)
    problems.push({
      line: page.lineOf(['effectiveDate']),
      message: `effectiveDate '${effectiveDate}' differs from the date of changelog entry '${newest.version}' ('${newest.date}'). They must be the same day.`
    })
  return problems
}

/**
 * Every frontmatter problem in one page, as `file:line: message` lines.
 * `file` is the path shown in messages, such as `docs/slack-rules.md`.
 */
export function checkPageFrontmatter(
  file: string,
  source: string,
  options: { policy: boolean }
): string[] {
  let page: PageSource
  try {
    page = readPage(source, file)
  } catch (error) {
    if (isContentError(error)) return [error.message]
    throw error
  }
  const problems = frontmatterProblems(page)
  if (options.policy)
    problems.push(...policyProblems(page, problems.length === 0))
  return problems.map(({ line, message }) => `${file}:${line}: ${message}`)
}

/** A policy page's version fields; throws a PageLintError naming the file. */
export function readPolicyFrontmatter(
  file: string,
  source: string
): PolicyFrontmatter {
  const problems = checkPageFrontmatter(file, source, { policy: true })
  if (problems.length > 0) throw new PageLintError(problems)
  const { version, effectiveDate, changelog } = readPage(source, file)
    .data as Required<PageFrontmatter>
  return {
    version,
    effectiveDate,
    changelog: changelog.map(({ version, date, summary }) => ({
      version,
      date,
      summary: summary.trim()
    }))
  }
}
