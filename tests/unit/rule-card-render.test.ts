import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import type { SiteTexts } from '../../.vitepress/community/types'
import { sanitizePageHtml } from '../../.vitepress/content/sanitize'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { ruleContainerPlugin } from '../../.vitepress/plugins/rule-container'
import { frenchCommunity } from './fixtures/community-fixtures'

const siteUrl = 'https://docs.example.org'
const pages = [
  { file: 'slack-rules.md', path: '/slack-rules', title: 'Workspace rules' },
  {
    file: 'fr/slack-rules.md',
    path: '/fr/slack-rules',
    title: "Règles de l'espace",
    locale: 'fr'
  },
  // Not translated yet: the original, served in the locale.
  {
    file: 'fr/guide.md',
    path: '/fr/guide',
    title: 'Guide',
    locale: 'fr',
    fallback: true
  }
].map((page) => ({ ...page, source: `docs/${page.file}`, frontmatter: {} }))
const french: SiteTexts = {
  ...englishTexts,
  ruleCard: {
    ...englishTexts.ruleCard,
    reminder: 'Bonjour ! La règle {number} de nos {page}, *{title}*, merci.',
    enforcement: 'Les modérateurs appliquent en général {step}.',
    enforcementStep: "l'étape {number} de l'échelle, {title}",
    goodExample: 'Bon exemple',
    poorExample: 'Mauvais exemple'
  }
}
// The original ladder, and the French code of conduct's one step.
const step = (id: string, title: string, number: number, file: string) => ({
  id,
  number,
  title,
  page: `/${file}`,
  source: `docs/${file}:${number}`
})
const ladder = [
  step('correction', 'Correction', 1, 'code-of-conduct.md'),
  step('warning', 'Warning', 2, 'code-of-conduct.md')
]
const translatedLadders = {
  fr: [step('warning', '*Avertissement*', 2, 'fr/code-of-conduct.md')]
}
const community = frenchCommunity(french)
const markdown =
  '::: rule use-threads\nnumber: 2\ntitle: Use threads\nsummary: Keep channels readable.\n\nBody.\n:::\n'

/** The reminder prop of the one card on a page, unescaped. */
function reminderOn(relativePath: string, withCommunity = true): string {
  const html = new MarkdownIt({ html: true })
    .use(ruleContainerPlugin, {
      site: { siteUrl, ladder, translatedLadders, pages },
      ...(withCommunity && { community })
    })
    .render(markdown, { relativePath })
  const reminder = /reminder="([^"]*)"/.exec(html)?.[1] ?? ''
  return reminder.replaceAll('&amp;', '&').replaceAll('&#39;', "'")
}

describe("a rule card's reminder", () => {
  test.each([
    {
      name: 'in the default language, in English',
      relativePath: 'slack-rules.md',
      withCommunity: true,
      text: englishTexts.ruleCard.reminder,
      page: 'Workspace rules'
    },
    {
      name: "in a locale, in the locale's words and page title",
      relativePath: 'fr/slack-rules.md',
      withCommunity: true,
      text: french.ruleCard.reminder,
      page: "Règles de l'espace"
    },
    {
      name: "on a page the locale serves from the original, the original's words",
      relativePath: 'fr/guide.md',
      withCommunity: true,
      text: englishTexts.ruleCard.reminder,
      page: 'Guide'
    },
    {
      name: 'without the community config, in English',
      relativePath: 'fr/slack-rules.md',
      withCommunity: false,
      text: englishTexts.ruleCard.reminder,
      page: "Règles de l'espace"
    }
  ])('$name', ({ relativePath, withCommunity, text, page }) => {
    expect(reminderOn(relativePath, withCommunity)).toBe(
      `${fill(text, { number: 2, page, title: 'Use threads' })}\n${siteUrl}/r/use-threads`
    )
  })
})

describe("a rule card's example captions", () => {
  const examples = markdown.replace(
    'Body.\n',
    'Body.\n\n::: example good\nA\n:::\n\n::: example poor\nB\n:::\n'
  )
  /** The captions of the card's examples on a page, unescaped. */
  function captionsOn(relativePath: string): string[] {
    const html = new MarkdownIt({ html: true })
      .use(ruleContainerPlugin, {
        site: { siteUrl, ladder, translatedLadders, pages },
        community
      })
      .render(examples, { relativePath })
    return [
      ...html.matchAll(/<RuleExample kind="\w+" caption="([^"]*)">/g)
    ].map(([, caption]) => (caption ?? '').replaceAll('&#39;', "'"))
  }
  const captions = (texts: SiteTexts) => [
    texts.ruleCard.goodExample,
    texts.ruleCard.poorExample
  ]

  test.each([
    {
      name: 'in the default language, English',
      relativePath: 'slack-rules.md',
      expected: captions(englishTexts)
    },
    {
      name: "in a locale, the locale's words",
      relativePath: 'fr/slack-rules.md',
      expected: captions(french)
    },
    {
      name: "on a page the locale serves from the original, the original's words",
      relativePath: 'fr/guide.md',
      expected: captions(englishTexts)
    }
  ])('$name', ({ relativePath, expected }) => {
    expect(captionsOn(relativePath)).toEqual(expected)
  })
})

describe("a rule card's enforcement sentence", () => {
  /** The sentence before the consequence, as HTML. */
  function sentenceOn(relativePath: string, enforcement: string): string {
    const html = new MarkdownIt({ html: true })
      .use(ruleContainerPlugin, {
        site: { siteUrl, ladder, translatedLadders, pages },
        community
      })
      .render(markdown.replace('\n\n', `\nenforcement: ${enforcement}\n\n`), {
        relativePath
      })
    return /<template #consequence>\n(.*)\n<\/template>/.exec(html)?.[1] ?? ''
  }
  // The fixture's words need no escaping, so they are compared as written.
  const sentence = (texts: SiteTexts, link: string) =>
    `<p>${texts.ruleCard.enforcement.replace('{step}', link)}</p>`
  const linkWords = (texts: SiteTexts, number: number, title: string) =>
    fill(texts.ruleCard.enforcementStep, { number, title })

  test.each([
    {
      name: 'in the default language, English',
      relativePath: 'slack-rules.md',
      enforcement: 'warning',
      expected: sentence(
        englishTexts,
        `<a href="/code-of-conduct.md#enforcement-warning">${linkWords(englishTexts, 2, 'warning')}</a>`
      )
    },
    {
      name: "in a locale, its words and its code of conduct's step (Markdown in the title)",
      relativePath: 'fr/slack-rules.md',
      enforcement: 'warning',
      expected: sentence(
        french,
        `<a href="/fr/code-of-conduct.md#enforcement-warning">${linkWords(french, 2, '<em>Avertissement</em>')}</a>`
      )
    },
    {
      name: "in a locale, a step it has not translated: the original's, in its language",
      relativePath: 'fr/slack-rules.md',
      enforcement: 'correction',
      expected: sentence(
        french,
        `<a href="/code-of-conduct.md#enforcement-correction">${linkWords(french, 1, '<span lang="en-US" dir="auto">Correction</span>')}</a>`
      )
    },
    {
      name: 'on a page the locale serves from the original: the original sentence',
      relativePath: 'fr/guide.md',
      enforcement: 'warning',
      expected: sentence(
        englishTexts,
        `<a href="/code-of-conduct.md#enforcement-warning">${linkWords(englishTexts, 2, 'warning')}</a>`
      )
    }
  ])('$name', ({ relativePath, enforcement, expected }) => {
    expect(sentenceOn(relativePath, enforcement)).toBe(expected)
  })
})

describe('a hostile translation of the enforcement sentence', () => {
  const hostile =
    '<img src=x onerror=alert(1)> *em* [a](javascript:alert(1)) {{ 1+1 }}'
  const escaped = hostile.replace('<', '&lt;').replace('>', '&gt;')
  const texts: SiteTexts = {
    ...french,
    ruleCard: {
      ...french.ruleCard,
      enforcement: `${hostile} {step}`,
      enforcementStep: `${hostile} {number} {title}`
    }
  }

  test('comes out as escaped plain text: no element, link or emphasis', () => {
    const html = new MarkdownIt({ html: true })
      .use(ruleContainerPlugin, {
        site: { siteUrl, ladder, translatedLadders, pages },
        community: frenchCommunity(texts)
      })
      .render(markdown.replace('\n\n', '\nenforcement: warning\n\n'), {
        relativePath: 'fr/slack-rules.md',
        // As the page plugin renders it: the card is the plugin's own.
        sanitizeMarkers: true
      })
    const sentence = /<template #consequence>\n(.*)\n/.exec(html)?.[1]
    // The one link and emphasis are the step's, from the code of conduct.
    expect(sentence).toBe(
      `<p>${escaped} <a href="/fr/code-of-conduct.md#enforcement-warning">${escaped} 2 <em>Avertissement</em></a></p>`
    )
    // The page sanitizer then keeps Vue from reading the braces.
    const clean = sanitizePageHtml(html)
    expect(clean.removals).toEqual([])
    expect(clean.html).not.toContain('{{')
    expect(clean.html).toContain('&#123;&#123; 1+1 &#125;&#125;')
  })
})
