import { describe, expect, test } from 'vitest'
import type { RuleCardTexts } from '../../.vitepress/community/types'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import {
  enforcementSentence,
  type EnforcementSentence
} from '../../.vitepress/rules/enforcement'
import { buildSiteModel, type PageFile } from '../../.vitepress/site/model'

const siteUrl = 'https://docs.example.org'

/**
 * A site of two pages, a ladder on one and rules naming steps on the other,
 * and any translated pages, in the locales `fr` and `de`.
 */
function site(
  ladderPage: string,
  rulesPage = rules('warning'),
  translated: PageFile[] = []
) {
  return buildSiteModel({
    pages: [
      { file: 'conduct.md', text: ladderPage },
      { file: 'rules.md', text: rulesPage },
      ...translated
    ],
    locales: ['fr', 'de'],
    siteUrl,
    redirects: [],
    registry: { urls: [] }
  })
}

function rules(...steps: string[]): string {
  return steps
    .map(
      (step, index) =>
        `::: rule rule-${index + 1}\nnumber: ${index + 1}\ntitle: T\nsummary: S.\nenforcement: ${step}\n\nBody.\n:::\n`
    )
    .join('\n')
}

const ladder =
  '---\ntitle: Conduct\n---\n\n# Conduct\n\n## Enforcement {#enforcement}\n\n' +
  '### 1. Quiet word {#enforcement-quiet-word}\n\nText.\n\n' +
  '### Warning {#enforcement-warning}\n\nText.\n'

describe('the enforcement ladder, read from the code of conduct', () => {
  test.each([
    {
      name: 'each {#enforcement-<step>} heading, in order, without its number',
      page: ladder,
      steps: [
        {
          id: 'quiet-word',
          number: 1,
          title: 'Quiet word',
          page: '/conduct.md',
          source: 'docs/conduct.md:9'
        },
        {
          id: 'warning',
          number: 2,
          title: 'Warning',
          page: '/conduct.md',
          source: 'docs/conduct.md:13'
        }
      ]
    },
    {
      name: 'no ladder when no heading has an enforcement- id',
      page: '# Conduct\n\n## Enforcement {#enforcement}\n',
      rulesPage: '# Rules\n',
      steps: []
    }
  ])('$name', ({ page, rulesPage, steps }) => {
    expect(site(page, rulesPage).ladder).toEqual(steps)
  })

  test.each([
    {
      name: 'a rule naming a step the code of conduct no longer has',
      page: ladder,
      rulesPage: rules('warning', 'temporary-ban'),
      message:
        'docs/rules.md:14: the rule "rule-2" names the enforcement step "temporary-ban", which docs/conduct.md does not have. Use one of its steps (quiet-word, warning), or add a heading "### Name {#enforcement-temporary-ban}" to its enforcement section.'
    },
    {
      name: 'a rule naming a step when no page has a ladder',
      page: '# Conduct\n',
      rulesPage: rules('warning'),
      message:
        'docs/rules.md:5: the rule "rule-1" names the enforcement step "warning", but no page has an enforcement ladder. Add a heading "### Name {#enforcement-warning}" to the code of conduct, or remove the "enforcement:" line.'
    },
    {
      name: 'a step that is not kebab-case',
      page: ladder,
      rulesPage: rules('Warning'),
      message:
        'docs/rules.md:5: the enforcement step "Warning" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    },
    {
      name: 'the same step twice on the ladder',
      page: `${ladder}\n### Warning again {#enforcement-warning}\n`,
      message:
        'docs/conduct.md:17: the enforcement step "warning" is already on the ladder at docs/conduct.md:13. Give each step its own id.'
    },
    {
      name: 'a second page with ladder headings',
      page: ladder,
      rulesPage: `${rules('warning')}\n### Ban {#enforcement-ban}\n`,
      message:
        'docs/rules.md:10: an enforcement step heading, but the ladder is already on docs/conduct.md:9. Keep the "{#enforcement-<step>}" headings on one page.'
    }
  ])('fails on $name', ({ page, rulesPage, message }) => {
    expect(() => site(page, rulesPage)).toThrow(message)
  })
})

// The French code of conduct translates the second step only; German has
// none. The texts are the fixture's, not a translator's.
const frenchLadder =
  '# Code de conduite\n\n## Application {#enforcement}\n\n' +
  '### 2. Avertissement {#enforcement-warning}\n\nTexte.\n'
const withFrench = (ladderPage = frenchLadder) =>
  site(ladder, rules('warning'), [{ file: 'fr/conduct.md', text: ladderPage }])
const wording = (enforcement: string, enforcementStep: string) => ({
  texts: { enforcement, enforcementStep }
})
const french = wording(
  'Les modérateurs appliquent en général {step}.',
  "l'étape {number} de l'échelle, {title}"
)
const german = wording(
  'Die Moderation reagiert meist mit {step}.',
  'Stufe {number}, {title}'
)

/** The sentence as Markdown, to read it at a glance. */
function asMarkdown(sentence: EnforcementSentence): string {
  const link = sentence.link.map((part) => part.text).join('')
  return sentence.parts
    .map((part) =>
      part.slot === 'step' ? `[${link}](${sentence.target})` : part.text
    )
    .join('')
}

describe("the sentence on a card, in the page's language", () => {
  test.each<{
    name: string
    step: string
    locale?: 'fr' | 'de'
    language: { texts: Pick<RuleCardTexts, 'enforcement' | 'enforcementStep'> }
    markdown: string
    titleLang?: string
  }>([
    {
      name: 'the default language: English, the title in lower case',
      step: 'warning',
      language: { texts: englishTexts.ruleCard },
      // English lower-cases the step's title inside its sentence.
      markdown: fill(englishTexts.ruleCard.enforcement, {
        step: `[${fill(englishTexts.ruleCard.enforcementStep, { number: 2, title: 'warning' })}](/conduct.md#enforcement-warning)`
      })
    },
    {
      name: "a locale's own code of conduct: its title, page and the original's number",
      step: 'warning',
      locale: 'fr',
      language: french,
      markdown:
        "Les modérateurs appliquent en général [l'étape 2 de l'échelle, Avertissement](/fr/conduct.md#enforcement-warning)."
    },
    {
      name: "a step the locale's code of conduct lacks: the original's, marked as such",
      step: 'quiet-word',
      locale: 'fr',
      language: french,
      markdown:
        "Les modérateurs appliquent en général [l'étape 1 de l'échelle, Quiet word](/conduct.md#enforcement-quiet-word).",
      titleLang: 'en-US'
    },
    {
      name: 'a locale without a code of conduct: the original step',
      step: 'warning',
      locale: 'de',
      language: german,
      markdown:
        'Die Moderation reagiert meist mit [Stufe 2, Warning](/conduct.md#enforcement-warning).',
      titleLang: 'en-US'
    }
  ])('$name', ({ step, locale, language, markdown, titleLang }) => {
    const model = withFrench()
    const original = model.ladder.find((each) => each.id === step)!
    const sentence = enforcementSentence(original, {
      ...language,
      lang: locale ?? 'en-US',
      originalLang: 'en-US',
      translation: locale ? model.translatedLadders[locale] : []
    })
    expect(asMarkdown(sentence)).toBe(markdown)
    expect(sentence.titleLang).toBe(titleLang)
    // The link's words are the step slot's value, and the title is a value.
    expect(sentence.parts.find((part) => part.slot === 'step')?.text).toBe(
      sentence.link.map((part) => part.text).join('')
    )
    expect(sentence.link.map((part) => part.slot)).toContain('title')
  })

  test.each([
    {
      name: 'a translated step the original does not have',
      page: `${frenchLadder}\n### Exclusion {#enforcement-ban}\n`,
      message:
        'docs/fr/conduct.md:9: the enforcement step "ban" is not on docs/conduct.md. A translated step keeps its original\'s id, so that links reach the same step in every language.'
    },
    {
      name: 'a translated step on another page than the original ladder',
      file: 'fr/rules.md',
      page: frenchLadder,
      message:
        'docs/fr/rules.md:5: the enforcement step "warning" is not on docs/rules.md. A translated step keeps its original\'s id, so that links reach the same step in every language.'
    }
  ])('fails on $name', ({ file = 'fr/conduct.md', page, message }) => {
    expect(() =>
      site(ladder, rules('warning'), [{ file, text: page }])
    ).toThrow(message)
  })

  test('fails on a second page with ladder headings in one locale', () => {
    expect(() =>
      site(ladder, rules('warning'), [
        { file: 'fr/conduct.md', text: frenchLadder },
        { file: 'fr/more.md', text: frenchLadder }
      ])
    ).toThrow(
      'docs/fr/more.md:5: an enforcement step heading, but the ladder is already on docs/fr/conduct.md:5. Keep the "{#enforcement-<step>}" headings on one page.'
    )
  })
})
