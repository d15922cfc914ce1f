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
 * A text whose slot holds something the reader needs, such as a link: a
 * translation that leaves the slot out would drop it without a word.
 */
function withSlot(schema: z.ZodType<string>, slot: string, what: string) {
  return schema.refine((value) => value.includes(`{${slot}}`), {
    // One problem at a time: an empty text is not also missing its slot.
    when: (payload) => payload.issues.length === 0,
    error: (issue) =>
      `${JSON.stringify(issue.input)} has no "{${slot}}". Write "{${slot}}" where ${what} goes.`
  })
}

function textsSchema(text: TextSchema) {
  const fields = <T extends Record<string, string>>(texts: T) =>
    z.object(
      Object.fromEntries(
        Object.keys(texts).map((key) => [key, text(texts[key] ?? '')])
      ) as { [K in keyof T]: z.ZodType<string> }
    )
  const {
    theme,
    welcome,
    ruleCard,
    policy,
    reportBox,
    reportPage,
    contacts,
    resourceKinds,
    policyChanges,
    accessibilityFeedback,
    copyText,
    ...notices
  } = englishTexts
  const { issue, directMessage, email } = accessibilityFeedback
  return fields(notices).extend({
    theme: fields(theme),
    welcome: fields(welcome),
    ruleCard: fields(ruleCard).extend({
      enforcement: withSlot(
        text(ruleCard.enforcement),
        'step',
        'the link to the enforcement step'
      )
    }),
    policy: fields(policy),
    reportBox: fields(reportBox),
    reportPage: fields(reportPage),
    contacts: fields(contacts),
    resourceKinds: fields(resourceKinds),
    policyChanges: fields(policyChanges).extend({
      current: withSlot(
        text(policyChanges.current),
        'policy',
        'the link to the policy'
      ),
      seeHistory: withSlot(
        text(policyChanges.seeHistory),
        'link',
        'the link to the history'
      )
    }),
    accessibilityFeedback: fields(accessibilityFeedback).extend({
      issue: withSlot(text(issue), 'link', 'the link to the issue form'),
      directMessage: withSlot(
        text(directMessage),
        'slack',
        'the link to the Slack workspace'
      ),
      email: withSlot(text(email), 'email', 'the email address')
    }),
    copyText: fields(copyText)
  })
}

export function translationsSchema<Words extends z.ZodType>(
  text: TextSchema,
  lang: z.ZodType<string>,
  reportingWords: Words
) {
  const texts = textsSchema(text)
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
