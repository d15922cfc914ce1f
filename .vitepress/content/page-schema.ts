/**
 * The frontmatter keys a page may have, and what each may hold. A key that
 * is not here fails the build: VitePress acts on many keys (`head` adds tags
 * to the page's head, `titleTemplate`, `pageClass` …), and a page from a
 * stranger must not reach any of them. Policy pages' version rules are in
 * policy/frontmatter.ts.
 */
import { z } from 'zod'
import type { PageSource } from './frontmatter'
import { urlProblem } from './html-allowlist'

/**
 * Text that the default theme may show as HTML (the home page's hero and
 * features go through `v-html`): no tags in it, so plain text.
 */
const text = z
  .string({ error: 'must be text' })
  .refine((value) => value.trim() !== '', { error: 'must not be empty' })
  .refine((value) => !value.includes('<'), {
    error: 'must be plain text: "<" is not allowed'
  })

/** A link: a path, `community:<id>`, or a URL with a safe scheme. */
const link = z.string({ error: 'must be a link' }).superRefine((value, ctx) => {
  const problem = value.startsWith('community:')
    ? undefined
    : urlProblem(value, 'link')
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message: `is not an allowed link: ${problem}`
    })
})

const calendarDate = z
  .string({
    error: "must be a date written YYYY-MM-DD in quotes, such as '2026-11-25'"
  })
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    { error: "must be a date written YYYY-MM-DD, such as '2026-11-25'" }
  )

const version = z
  .string({ error: "must be text in quotes, such as version: '1.1'" })
  .refine((value) => value.trim() !== '', {
    error: "must be text in quotes, such as version: '1.1'"
  })

/** A policy version: its day, and in a sentence or two what changed for readers. */
export const changelogEntrySchema = z.strictObject({
  version,
  date: calendarDate,
  summary: text
})

export const pageFrontmatterSchema = z.strictObject({
  title: text,
  description: text,
  // Policy pages (see policy/frontmatter.ts)
  version: version.optional(),
  effectiveDate: calendarDate.optional(),
  changelog: z.array(changelogEntrySchema).min(1).optional(),
  // Translated pages: what they translate (i18n/freshness.ts)
  translationOf: z
    .strictObject({
      version: version.optional(),
      commit: z
        .string({ error: 'must be a commit hash in quotes' })
        .regex(/^[0-9a-f]{7,40}$/, {
          error: 'must be a commit hash of 7 to 40 hex digits'
        })
        .optional()
    })
    .optional(),
  // The home page
  layout: z.enum(['home', 'doc', 'page']).optional(),
  hero: z
    .strictObject({
      name: text,
      text: text.optional(),
      tagline: text.optional(),
      actions: z
        .array(
          z.strictObject({
            theme: z.enum(['brand', 'alt']).optional(),
            text,
            link
          })
        )
        .optional()
    })
    .optional(),
  features: z
    .array(
      z.strictObject({
        title: text,
        details: text.optional(),
        link: link.optional(),
        linkText: text.optional()
      })
    )
    .optional(),
  // Pages outside the reading order (prev/next links off)
  prev: z.literal(false).optional(),
  next: z.literal(false).optional()
})

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>

export interface FrontmatterProblem {
  line: number
  message: string
}

/** Why a field matters, for the message when it is missing. */
const missingHints: Readonly<Record<string, string>> = {
  title:
    'Every page needs a title: the browser tab and search results show it.',
  description:
    'Every page needs a one-sentence description: search engines and link previews in Slack show it.'
}

/** Messages for the issues whose schema gives none. */
function defaultMessage(issue: { code: string; expected?: string }): string {
  if (issue.code === 'invalid_type')
    return issue.expected === 'array'
      ? 'must be a list'
      : issue.expected === 'object'
        ? 'must be a list of "key: value" lines'
        : `must be ${issue.expected === 'string' ? 'text' : issue.expected}`
  if (issue.code === 'invalid_value') return 'is not one of the allowed values'
  return 'is not valid'
}

/** `changelog[1].date` */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number'
        ? `[${key}]`
        : `${index > 0 ? '.' : ''}${String(key)}`
    )
    .join('')
}

/**
 * Describes a wrong value for a message: `1.1 (a number)`. Its JSON stops
 * after 60 characters: YAML aliases can make a small file a value whose
 * JSON would not fit in memory (`a: &a [*b, *b, …]`, nine levels deep).
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (value instanceof Date)
    return `${value.toISOString().slice(0, 10)} (a date)`
  let budget = 60
  // A replacer that returns undefined stops JSON.stringify from descending.
  const json =
    JSON.stringify(value, (_, item: unknown) => {
      budget -= typeof item === 'string' ? item.length + 3 : 3
      return budget < 0 ? undefined : item
    }) ?? ''
  const cut = budget < 0 ? `${json.slice(0, 60)}…` : json
  return `${cut} (${Array.isArray(value) ? 'a list' : `a ${typeof value}`})`
}

/** Every problem in a page's frontmatter, each with its file line. */
export function frontmatterProblems(page: PageSource): FrontmatterProblem[] {
  if (!page.hasFrontmatter)
    return [
      {
        line: 1,
        message:
          'the page has no frontmatter. Start it with a block between two "---" lines holding its title and description.'
      }
    ]
  const result = pageFrontmatterSchema.safeParse(page.data, {
    reportInput: true,
    error: defaultMessage
  })
  if (result.success) return []
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        line: page.lineOf([...issue.path, key]),
        message: unknownKeyMessage(fieldName([...issue.path, key]))
      }))
    const field = fieldName(issue.path)
    const message =
      issue.input === undefined
        ? `the frontmatter has no "${field}". ${missingHints[field] ?? ''}`.trim()
        : `"${field}" ${issue.message}; found ${shown(issue.input)}.`
    return [{ line: page.lineOf(issue.path), message }]
  })
}

function unknownKeyMessage(field: string): string {
  if (field === 'head')
    return '"head" is not allowed in frontmatter: the tags in a page\'s head (link previews, icons) come only from the site\'s code.'
  return `"${field}" is not a frontmatter key this site supports; the keys are listed in .vitepress/content/page-schema.ts.`
}
