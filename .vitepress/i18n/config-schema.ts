/**
 * The `translations` part of the community config's validation (see
 * community/schema.ts, which passes in its text, language and reporting
 * checks): a locale's key is its folder and path prefix, and every site
 * text is there, in the shape of the English ones.
 */
import { z } from 'zod'
import { englishTexts } from './texts'

type TextSchema = (example: string) => z.ZodType<string>

/**
 * What a slot holds, for the message when a translation leaves it out: a
 * slot that holds a link, a name or a number drops it without a word. Keyed
 * by the text's field where one slot name holds different things.
 */
const slotMeanings: Record<string, string> = {
  version: 'the version number',
  translated: "the translation's version",
  current: "the original's version",
  date: 'the date',
  commits: 'the number of commits',
  language: "the name of the original's language",
  community: "the community's name",
  project: "the project's name",
  query: 'the words searched for',
  key: 'the key that opens the search',
  preview: 'the word "preview"',
  summary: "the maintainers' summary of the version",
  policy: 'the link to the policy',
  slack: 'the link to the Slack workspace',
  moderators: 'who to message',
  email: 'the email address',
  number: "the rule's number",
  url: "the rule's link",
  step: 'the link to the enforcement step',
  page: "the page's name",
  title: 'the title',
  acknowledgement: 'how soon a report is acknowledged',
  decision: 'how soon a report is decided',
  'theme.contributing link': 'the link to the contributing guide',
  'theme.contributing editLink': 'the name of the edit link',
  'policyChanges.seeHistory link': 'the link to the history',
  'accessibilityFeedback.issue link': 'the link to the issue form'
}

const slotsOf = (text: string) =>
  new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))

const listed = (slots: string[]) =>
  slots
    .map((slot) => `"{${slot}}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1')

/**
 * What is wrong with a translation's slots: every slot of the English text
 * is filled with something the reader needs, and any other slot would show
 * as typed.
 */
function slotProblem(
  value: string,
  english: string,
  field: string
): string | undefined {
  const expected = slotsOf(english)
  const found = slotsOf(value)
  const missing = [...expected].filter((slot) => !found.has(slot))
  const unknown = [...found].filter((slot) => !expected.has(slot))
  if (missing.length === 0 && unknown.length === 0) return undefined
  const problems = [
    ...(missing.length > 0 ? [`has no ${listed(missing)}`] : []),
    ...(unknown.length > 0
      ? [`has ${listed(unknown)}, which this text does not fill`]
      : [])
  ]
  const fixes = missing.map((slot) => {
    const meaning =
      slotMeanings[`${field} ${slot}`] ?? slotMeanings[slot] ?? 'its value'
    return `Write "{${slot}}" where ${meaning} goes.`
  })
  if (unknown.length > 0) {
    fixes.push(
      expected.size > 0
        ? `Its slots are ${listed([...expected])}.`
        : 'It has no slots: write it without braces.'
    )
  }
  return `${JSON.stringify(value)} ${problems.join(' and ')}. ${fixes.join(' ')}`
}

/** A translation of `english`, at `field`: text with the same slots. */
function translated(text: TextSchema, english: string, field: string) {
  return text(english).refine(
    (value) => slotProblem(value, english, field) === undefined,
    {
      // One problem at a time: an empty text is not also missing its slots.
      when: (payload) => payload.issues.length === 0,
      error: (issue) => slotProblem(String(issue.input), english, field)
    }
  )
}

type TextsShape<T> = {
  [K in keyof T]: T[K] extends string
    ? z.ZodType<string>
    : z.ZodObject<TextsShape<T[K]>>
}

/** Every site text, in the shape of the English ones, with their slots. */
function textsSchema<T extends object>(
  text: TextSchema,
  texts: T,
  prefix = ''
): z.ZodObject<TextsShape<T>> {
  return z.object(
    Object.fromEntries(
      Object.entries(texts).map(([key, english]) => [
        key,
        typeof english === 'string'
          ? translated(text, english, `${prefix}${key}`)
          : textsSchema(text, english as object, `${prefix}${key}.`)
      ])
    ) as TextsShape<T>
  )
}

export function translationsSchema<Words extends z.ZodType>(
  text: TextSchema,
  lang: z.ZodType<string>,
  reportingWords: Words
) {
  const texts = textsSchema(text, englishTexts)
  return z.object({
    texts: texts.optional(),
    locales: z.record(
      z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/, {
        error:
          'must be a lowercase language key, such as "ar" or "pt-br": it is the folder under docs/ and the start of the URL.'
      }),
      z.object({
        lang,
        dir: z.enum(['ltr', 'rtl'], { error: 'must be "ltr" or "rtl".' }),
        texts,
        // The reporting config's words, translated.
        reporting: reportingWords
      })
    )
  })
}
