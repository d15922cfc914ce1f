/**
 * The `translations` part of the community config's validation (see
 * community/schema.ts, which passes in its text and language checks): a
 * locale's key is its folder and path prefix, and every site text is there.
 */
import { z } from 'zod'
import type { SiteTexts } from '../community/types'
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
  const {
    theme,
    welcome,
    ruleCard,
    policy,
    reportBox,
    reportPage,
    ...notices
  } = englishTexts
  const fields = (texts: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(texts).map(([key, example]) => [key, text(example)])
    )
  return z.object({
    ...fields(
      notices as Omit<
        SiteTexts,
        'theme' | 'welcome' | 'ruleCard' | 'policy' | 'reportBox' | 'reportPage'
      >
    ),
    theme: z.object(fields({ ...theme })),
    welcome: z.object(fields({ ...welcome })),
    ruleCard: z.object({
      ...fields({ ...ruleCard }),
      enforcement: withSlot(
        text(ruleCard.enforcement),
        'step',
        'the link to the enforcement step'
      )
    }),
    policy: z.object(fields({ ...policy })),
    reportBox: z.object(fields({ ...reportBox })),
    reportPage: z.object(fields({ ...reportPage }))
  })
}

export function translationsSchema(text: TextSchema, lang: z.ZodType) {
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
        reporting: z.object({
          slackModerators: text('a moderator'),
          whatToInclude: z
            .array(text('What happened.'))
            .min(1, { error: 'must list at least one item.' }),
          responseTimes: z.object({
            acknowledgement: text('within 2 working days'),
            decision: text('within 2 weeks')
          })
        })
      })
    )
  })
}
