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
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((value) => !value.includes('<'), {
    error: 'must be plain text: "<" is not allowed'
  })

/** A link: a path, `community:<id>`, or a URL with a safe scheme. */
const link = z.string({ error: 'must be a link' }).superRefine((value, ctx) => {
  const problem = value.startsWith('community:')
    ? undefined
    : urlProblem(value, 'link')
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
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
  .string({ error: "must be text in quotes, such as '1.1'" })
  .trim()
  .min(1, { error: "must be text in quotes, such as '1.1'" })

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
  const result = pageFrontmatterSchema.safeParse(page.data)
  if (result.success) return []
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        line: page.lineOf([...issue.path, key]),
        message: unknownKeyMessage(key, issue.path)
      }))
    const field = issue.path.map(String).join('.')
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return [
      {
        line: page.lineOf(issue.path),
        message: missing
          ? `the frontmatter has no "${field}", which every page needs.`
          : `"${field}" ${issue.message}.`
      }
    ]
  })
}

function unknownKeyMessage(key: string, path: readonly PropertyKey[]): string {
  const field = [...path.map(String), key].join('.')
  if (field === 'head')
    return '"head" is not allowed in frontmatter: the tags in a page\'s head (link previews, icons) come only from the site\'s code.'
  return `"${field}" is not a frontmatter key this site supports; the keys are listed in .vitepress/content/page-schema.ts.`
}
