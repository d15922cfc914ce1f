/**
 * Checks the community facts when the site config loads, so a typo fails
 * `vitepress build` (and `dev`) with a message naming the field and what a
 * valid value looks like, instead of shipping a broken link. TypeScript
 * catches wrong shapes in the editor; this catches wrong values, and wrong
 * shapes from untyped edits.
 *
 * The facts end up in places that read them as more than text: the footer,
 * `mailto:` links, the page head and VitePress's site-data script. So text is
 * text (no `<`, no control characters; the pages escape it as well), a
 * report address is a bare address (a `?` or `%` would make the mailto link
 * copy someone else), URLs are https with no user name in them, and `lang`
 * is a canonical BCP 47 tag.
 */
import { z } from 'zod'
import { ContentError } from '../content-error'
import { translationsSchema } from '../i18n/config-schema'
import { resourceGroups, resourceKinds, type Community } from './types'

const source = '.vitepress/community.ts'

/** One or more problems in the config; its message lists them all. */
export class CommunityConfigError extends ContentError {
  constructor(readonly problems: readonly ContentError[]) {
    const [first, ...rest] = problems
    const others = rest.map((problem) => `\n  - ${problem.message}`).join('')
    super(
      first?.location ?? source,
      `${first?.problem ?? 'The config is not valid.'}${others ? ` More problems:${others}\n` : ''}`,
      first?.fix
    )
  }
}

type Check = z.RefinementCtx

/** Reports a problem and what a good value looks like. */
function fail(ctx: Check, problem: string, fix: string): void {
  ctx.addIssue({ code: 'custom', message: `${problem} ${fix}` })
}

const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `is missing. Add ${what}.`
    : `must be ${what}, not ${JSON.stringify(issue.input) ?? typeof issue.input}.`

// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/

/** Plain, non-empty text, such as `example`. */
function text(example: string) {
  return z
    .string({ error: missingOr(`text, such as "${example}"`) })
    .superRefine((value, ctx) => {
      if (value.trim() === '') {
        fail(ctx, 'is empty.', `Write text, such as "${example}".`)
      } else if (value.includes('<')) {
        fail(
          ctx,
          `"${value}" contains "<".`,
          'Write plain text; it is shown as text, never as HTML.'
        )
      } else if (controlCharacter.test(value)) {
        fail(ctx, 'contains a control character.', 'Write one line of text.')
      }
    })
}

/** An absolute https URL without a user name or password. */
function httpsUrl(example: string) {
  return z
    .string({ error: missingOr(`an https URL, such as "${example}"`) })
    .superRefine((value, ctx) => {
      const fix = `Use a full https URL, such as "${example}".`
      let url: URL
      try {
        url = new URL(value)
      } catch {
        return fail(ctx, `"${value}" is not a valid URL.`, fix)
      }
      if (url.protocol !== 'https:') {
        fail(ctx, `"${value}" does not use https.`, fix)
      } else if (url.username || url.password) {
        fail(
          ctx,
          `"${value}" has a user name before "@", which hides the real host from readers.`,
          fix
        )
      }
    })
}

/** A bare address: no `?`, `%`, quotes, spaces or control characters. */
const bareEmail =
  /^[A-Za-z0-9.!#$&'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/

const email = z.string().superRefine((value, ctx) => {
  if (!bareEmail.test(value)) {
    fail(
      ctx,
      `"${value}" is not a bare email address.`,
      'Write the address alone, such as "moderators@example.org", with no "?", "%", spaces or name.'
    )
  }
})

const lang = z
  .string({ error: missingOr('a language tag') })
  .superRefine((value, ctx) => {
    let canonical: string | undefined
    try {
      canonical = Intl.getCanonicalLocales(value)[0]
    } catch {
      // Reported below.
    }
    // BCP 47 allows 5-8 letter languages, but none is registered: "english"
    // passes Intl and is still no language.
    if (canonical && !/^[a-z]{2,3}(?:-|$)/.test(canonical))
      canonical = undefined
    if (canonical !== value) {
      fail(
        ctx,
        `"${value}" is not a canonical BCP 47 language tag.`,
        canonical
          ? `Write "${canonical}".`
          : 'Write a tag such as "en-US" or "de".'
      )
    }
  })

const timeZone = z.string().superRefine((value, ctx) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
  } catch {
    fail(
      ctx,
      `"${value}" is not a known IANA time zone.`,
      'Use one such as "Europe/Berlin".'
    )
  }
})

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing. Use one of ${values.join(', ')}.`
        : `"${String(issue.input)}" is not one we know. Use one of ${values.join(', ')}.`
  })
}

function nonEmptyList<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: missingOr('a list') })
    .min(1, { error: `must list at least one ${what}.` })
}

const contact = z.object({
  name: text('Ada Lovelace'),
  profileUrl: httpsUrl('https://github.com/name'),
  role: text('Moderator'),
  timeZone: timeZone.optional(),
  languages: z.array(text('English')).optional()
})

const resource = z.object({
  id: text('github-issues').refine((id) => kebabCase.test(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not kebab-case. Use lower-case words joined by "-", such as "github-issues".`
  }),
  title: text('GitHub issues'),
  url: httpsUrl('https://github.com/owner/project/issues'),
  description: text('Known bugs and feature requests.'),
  kind: oneOf(resourceKinds),
  group: oneOf(resourceGroups),
  newTab: z.boolean({ error: 'must be true or false.' }).optional()
})

/** The first entry that already used each id and URL: duplicates fail. */
function uniqueResources(
  resources: z.infer<typeof resource>[],
  ctx: Check
): void {
  for (const key of ['id', 'url'] as const) {
    const first = new Map<string, number>()
    resources.forEach((entry, index) => {
      const earlier = first.get(entry[key])
      if (earlier === undefined) first.set(entry[key], index)
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: `"${entry[key]}" is already used by resources[${earlier}]. Give each resource its own ${key}.`
        })
    })
  }
}

const communitySchema = z.object({
  name: text('Example Community'),
  description: text('How our community works.'),
  lang,
  site: z.object({
    url: httpsUrl('https://community.example.org'),
    repository: z
      .object({
        url: httpsUrl('https://github.com/owner/site'),
        branch: text('main')
      })
      .optional()
  }),
  project: z.object({
    name: text('Example Project'),
    repository: httpsUrl('https://github.com/owner/project')
  }),
  slack: z.object({ inviteUrl: httpsUrl('https://example.slack.com/join') }),
  contacts: nonEmptyList(contact, 'contact'),
  reporting: z.object({
    email: email.optional(),
    slackReportMessage: z.boolean({ error: 'must be true or false.' }),
    slackModerators: text('a moderator'),
    whatToInclude: nonEmptyList(text('What happened.'), 'item'),
    responseTimes: z.object({
      acknowledgement: text('within 2 working days'),
      decision: text('within 2 weeks')
    })
  }),
  resources: z.array(resource).superRefine(uniqueResources),
  translations: translationsSchema(text, lang).optional()
})

/** `contacts[0] ("Ada").role`: indexes, with the entry's title or name. */
export function fieldPath(
  path: readonly PropertyKey[],
  input: unknown
): string {
  let node = input
  let field = ''
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key]
    if (typeof key === 'number') {
      const entry = node as { title?: unknown; name?: unknown } | undefined
      const label = entry?.title ?? entry?.name
      field += `[${key}]`
      if (typeof label === 'string' && label.trim()) {
        field += ` ("${label}")`
      }
    } else {
      field += `${field ? '.' : ''}${String(key)}`
    }
  }
  return field
}

/**
 * Returns the config unchanged when every value is valid; otherwise throws a
 * `CommunityConfigError` (a ContentError) naming each field that is wrong.
 */
export function validateCommunity(community: Community): Community {
  const result = communitySchema.safeParse(community)
  if (result.success) return community
  throw new CommunityConfigError(
    result.error.issues.map((issue) => {
      return new ContentError(
        `${source}: ${fieldPath(issue.path, community)}`,
        issue.message
      )
    })
  )
}
