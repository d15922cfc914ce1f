/**
 * What a valid community config is (`.vitepress/community.ts`), as a zod
 * schema whose messages say what a valid value looks like (validate.ts adds
 * the field); its doc comments document the config, and types.ts infers
 * `Community` from it. The facts reach places that read them as more than
 * text (the footer, `mailto:` links, the page head, VitePress's site data),
 * so text has no `<` or control characters, a report address is bare (a `?`
 * or `%` would make the mailto link copy someone else), URLs are https with
 * no user name, and `lang` is a canonical BCP 47 tag.
 */
import { z } from 'zod'
import { translationsSchema } from '../i18n/config-schema'
import { resourceGroups, resourceKinds } from './types'

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
  /** A public profile, such as a GitHub page. */
  profileUrl: httpsUrl('https://github.com/name'),
  /** What to contact this person about. */
  role: text('Moderator'),
  /** IANA time zone, such as `Europe/Berlin`; omit when unknown. */
  timeZone: timeZone.optional(),
  /** Languages the person is happy to be contacted in; omit when unknown. */
  languages: z.array(text('English')).optional()
})

const resource = z.object({
  /** Stable kebab-case id, used in `community:<id>` links and tests. */
  id: text('github-issues').refine((id) => kebabCase.test(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not kebab-case. Use lower-case words joined by "-", such as "github-issues".`
  }),
  title: text('GitHub issues'),
  url: httpsUrl('https://github.com/owner/project/issues'),
  /** One line: what a reader finds there. */
  description: text('Known bugs and feature requests.'),
  kind: oneOf(resourceKinds),
  group: oneOf(resourceGroups),
  /** Open in a new tab. Off by default: readers choose for themselves. */
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

/** The reporting config's words, which each locale translates. */
const reportingWords = {
  /** Who to direct-message in Slack about a problem, in plain words. */
  slackModerators: text('a moderator'),
  /**
   * What a report should contain, one item a line. The reporting box, the
   * code of conduct and the pre-filled report email all show this list.
   */
  whatToInclude: nonEmptyList(text('What happened.'), 'item'),
  /** How soon a reporter hears back, in plain words. */
  responseTimes: z.object({
    acknowledgement: text('within 2 working days'),
    decision: text('within 2 weeks')
  })
}

/**
 * The community facts, and through `z.infer` their types (types.ts). Optional
 * fields are facts we do not know yet: leave them out rather than guess, and
 * the pages show only what exists.
 */
export const communitySchema = z.object({
  /** The community's name, as readers know it: "Prefect". */
  name: text('Example Community'),
  /** A one-sentence description, used for the site and for link previews. */
  description: text('How our community works.'),
  /** BCP 47 language tag of the pages. */
  lang,
  site: z.object({
    /** Absolute https origin (and path, if any) where the site is published. */
    url: httpsUrl('https://community.example.org'),
    /**
     * The repository holding this site's Markdown, for "Edit this page".
     * Optional: when left out, a GitHub Actions build takes it from GitHub's
     * own variables, and other builds show no edit link.
     */
    repository: z
      .object({
        url: httpsUrl('https://github.com/owner/site'),
        /** The branch that edits are proposed against. */
        branch: text('main')
      })
      .optional()
  }),
  /** The project the community gathers around. */
  project: z.object({
    name: text('Example Project'),
    repository: httpsUrl('https://github.com/owner/project')
  }),
  /** A link that lets anyone join the workspace. */
  slack: z.object({ inviteUrl: httpsUrl('https://example.slack.com/join') }),
  contacts: nonEmptyList(contact, 'contact'),
  reporting: z.object({
    /**
     * An address that reaches the moderators. Optional: the seed names none,
     * and the pages only offer email when one is configured.
     */
    email: email.optional(),
    /** Whether Slack's built-in "Report message" action is enabled. */
    slackReportMessage: z.boolean({ error: 'must be true or false.' }),
    ...reportingWords
  }),
  resources: z.array(resource).superRefine(uniqueResources),
  /** Translated pages in `docs/<key>/`, each a locale of the site. */
  translations: translationsSchema(
    text,
    lang,
    z.object(reportingWords)
  ).optional()
})
