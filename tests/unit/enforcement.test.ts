import { describe, expect, test } from 'vitest'
import { enforcementSentence } from '../../.vitepress/rules/enforcement'
import { buildSiteModel } from '../../.vitepress/site/model'

const siteUrl = 'https://docs.example.org'

/** A site of two pages: a ladder on one, rules naming steps on the other. */
function site(ladderPage: string, rulesPage = rules('warning')) {
  return buildSiteModel({
    pages: [
      { file: 'conduct.md', text: ladderPage },
      { file: 'rules.md', text: rulesPage }
    ],
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

  test('the sentence on a card names the step and links to its heading', () => {
    const [, warning] = site(ladder).ladder
    expect(warning && enforcementSentence(warning)).toBe(
      'Moderators usually respond with [step 2 of the enforcement ladder, warning](/conduct.md#enforcement-warning).'
    )
  })
})
