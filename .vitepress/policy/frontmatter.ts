/**
 * The frontmatter rules every page follows, checked by `npm run lint:pages`
 * and, for policy pages, again when the Changes page is built:
 *
 * - every page has a `title` and a `description` (browser tab, search
 *   results and link previews show them);
 * - a policy page has a `version`, an `effectiveDate` (YYYY-MM-DD) and a
 *   `changelog` whose newest entry matches both.
 *
 * Each problem reads `file:line: message`, the line being the field's own
 * line, or the frontmatter's first line when the field is missing.
 */
import { LineCounter, parseDocument, type Node } from 'yaml'

export interface ChangelogEntry {
  version: string
  /** YYYY-MM-DD. */
  date: string
  /** One or two sentences: what changed for readers. */
  summary: string
}

export interface PolicyFrontmatter {
  version: string
  effectiveDate: string
  /** Newest first. */
  changelog: ChangelogEntry[]
}

export class PageLintError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'PageLintError'
  }
}

const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

interface ParsedFrontmatter {
  data: Record<string, unknown>
  /** The file line of the value at a path, or of the frontmatter's start. */
  lineOf: (path: readonly (string | number)[]) => number
}

type Parsed =
  | { ok: true; frontmatter: ParsedFrontmatter }
  | { ok: false; line: number; message: string }

function parseFrontmatter(source: string): Parsed {
  const block = frontmatterBlock.exec(source)
  if (!block) {
    return {
      ok: false,
      line: 1,
      message:
        'has no frontmatter. Start the file with a block between two "---" lines holding its title and description.'
    }
  }
  const lineCounter = new LineCounter()
  const document = parseDocument(block[1] ?? '', { lineCounter })
  // The YAML starts on the line after the opening "---".
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1
  const firstError = document.errors[0]
  if (firstError) {
    return {
      ok: false,
      line: fileLine(firstError.pos[0]),
      // Drop YAML's own "at line 2, column 1:": it counts from the
      // frontmatter, not the file, and our prefix already names the line.
      message: `the frontmatter is not valid YAML: ${firstError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}.`
    }
  }
  const data: unknown = document.toJS()
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return {
      ok: false,
      line: 2,
      message: 'the frontmatter must be a list of "key: value" lines.'
    }
  }
  return {
    ok: true,
    frontmatter: {
      data: (data ?? {}) as Record<string, unknown>,
      lineOf(path) {
        const node = document.getIn(path, true) as Node | undefined
        return node?.range ? fileLine(node.range[0]) : 1
      }
    }
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Describes a wrong value for a message: `1.1 (a number)`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (value instanceof Date)
    return `${value.toISOString().slice(0, 10)} (a date)`
  return `${JSON.stringify(value)} (${Array.isArray(value) ? 'a list' : `a ${typeof value}`})`
}

class Checker {
  readonly problems: string[] = []
  constructor(
    private readonly file: string,
    private readonly frontmatter: ParsedFrontmatter
  ) {}

  fail(path: readonly (string | number)[], message: string): void {
    this.problems.push(
      `${this.file}:${this.frontmatter.lineOf(path)}: ${message}`
    )
  }

  /** A non-empty string at a top-level key. */
  text(key: string, why: string): string | undefined {
    const value = this.frontmatter.data[key]
    if (value === undefined || value === null) {
      this.fail([key], `the frontmatter has no "${key}". ${why}`)
      return undefined
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail([key], `"${key}" must be text, found ${shown(value)}. ${why}`)
      return undefined
    }
    return value
  }
}

/** The changelog entry at `index`, or undefined after reporting each problem. */
function checkChangelogEntry(
  check: Checker,
  entry: unknown,
  index: number
): ChangelogEntry | undefined {
  const field = `changelog[${index}]`
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    check.fail(
      ['changelog', index],
      `${field} must have a version, a date and a summary.`
    )
    return undefined
  }
  const { version, date, summary } = entry as Record<string, unknown>
  let valid = true
  if (typeof version !== 'string' || version.trim() === '') {
    check.fail(
      ['changelog', index, ...(version === undefined ? [] : ['version'])],
      `${field}.version must be text in quotes, such as version: '1.1'${version === undefined ? '' : `; found ${shown(version)}`}.`
    )
    valid = false
  }
  if (typeof date !== 'string' || !isCalendarDate(date)) {
    check.fail(
      ['changelog', index, ...(date === undefined ? [] : ['date'])],
      `${field}.date must be a date written YYYY-MM-DD, such as '2026-11-25'${date === undefined ? '' : `; found ${shown(date)}`}.`
    )
    valid = false
  }
  if (typeof summary !== 'string' || summary.trim() === '') {
    check.fail(
      ['changelog', index, ...(summary === undefined ? [] : ['summary'])],
      `${field}.summary must say in a sentence what changed for readers.`
    )
    valid = false
  }
  return valid
    ? {
        version: version as string,
        date: date as string,
        summary: (summary as string).trim()
      }
    : undefined
}

function checkPolicy(check: Checker, data: Record<string, unknown>) {
  const version = data.version
  if (version === undefined || version === null) {
    check.fail(
      ['version'],
      `the frontmatter has no "version". A policy page needs one, such as version: '1.1'.`
    )
  } else if (typeof version !== 'string' || version.trim() === '') {
    check.fail(
      ['version'],
      `"version" must be text in quotes, such as version: '1.1'; found ${shown(version)}.`
    )
  }

  const effectiveDate = data.effectiveDate
  if (effectiveDate === undefined || effectiveDate === null) {
    check.fail(
      ['effectiveDate'],
      `the frontmatter has no "effectiveDate". A policy page needs the date its version takes effect, such as effectiveDate: '2026-11-25'.`
    )
  } else if (
    typeof effectiveDate !== 'string' ||
    !isCalendarDate(effectiveDate)
  ) {
    check.fail(
      ['effectiveDate'],
      `"effectiveDate" must be a date written YYYY-MM-DD, such as '2026-11-25'; found ${shown(effectiveDate)}.`
    )
  }

  const changelog = data.changelog
  if (!Array.isArray(changelog) || changelog.length === 0) {
    check.fail(
      ['changelog'],
      `the frontmatter has no "changelog". A policy page lists each version, newest first, with its version, date and summary.`
    )
    return
  }
  const entries = changelog.map((entry, index) =>
    checkChangelogEntry(check, entry, index)
  )
  const newest = entries[0]
  if (!newest || typeof version !== 'string') return
  if (newest.version !== version) {
    check.fail(
      ['version'],
      `version '${version}' has no changelog entry: the newest entry (the first) is '${newest.version}'. Add an entry for '${version}' at the top of "changelog".`
    )
  } else if (
    typeof effectiveDate === 'string' &&
    isCalendarDate(effectiveDate) &&
    newest.date !== effectiveDate
  ) {
    check.fail(
      ['effectiveDate'],
      `effectiveDate '${effectiveDate}' differs from the date of changelog entry '${newest.version}' ('${newest.date}'). They must be the same day.`
    )
  }
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
  const parsed = parseFrontmatter(source)
  if (!parsed.ok) return [`${file}:${parsed.line}: ${parsed.message}`]
  const check = new Checker(file, parsed.frontmatter)
  check.text(
    'title',
    'Every page needs a title: the browser tab and search results show it.'
  )
  check.text(
    'description',
    'Every page needs a one-sentence description: search engines and link previews in Slack show it.'
  )
  if (options.policy) checkPolicy(check, parsed.frontmatter.data)
  return check.problems
}

/** A policy page's version fields; throws a PageLintError naming the file. */
export function readPolicyFrontmatter(
  file: string,
  source: string
): PolicyFrontmatter {
  const problems = checkPageFrontmatter(file, source, { policy: true })
  if (problems.length > 0) throw new PageLintError(problems)
  const parsed = parseFrontmatter(source)
  if (!parsed.ok)
    throw new PageLintError([`${file}:${parsed.line}: ${parsed.message}`])
  const { version, effectiveDate, changelog } = parsed.frontmatter.data
  return {
    version: version as string,
    effectiveDate: effectiveDate as string,
    changelog: (changelog as ChangelogEntry[]).map(
      ({ version, date, summary }) => ({
        version,
        date,
        summary: summary.trim()
      })
    )
  }
}
