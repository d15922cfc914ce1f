import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import type { Community, SiteTexts } from '../../.vitepress/community/types'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { ruleContainerPlugin } from '../../.vitepress/plugins/rule-container'

const siteUrl = 'https://docs.example.org'
const pages = [
  { file: 'slack-rules.md', path: '/slack-rules', title: 'Workspace rules' },
  {
    file: 'fr/slack-rules.md',
    path: '/fr/slack-rules',
    title: "Règles de l'espace",
    locale: 'fr'
  }
].map((page) => ({ ...page, source: `docs/${page.file}`, frontmatter: {} }))
const french: SiteTexts = {
  ...englishTexts,
  ruleCard: {
    ...englishTexts.ruleCard,
    reminder: 'Bonjour ! La règle {number} de nos {page}, *{title}*, merci.'
  }
}
const community: Pick<Community, 'translations'> = {
  translations: {
    locales: {
      fr: {
        lang: 'fr',
        dir: 'ltr',
        texts: french,
        reporting: {
          slackModerators: 'un modérateur',
          whatToInclude: ['Ce qui est arrivé.'],
          responseTimes: {
            acknowledgement: 'sous 2 jours',
            decision: 'sous 2 semaines'
          }
        }
      }
    }
  }
}
const markdown =
  '::: rule use-threads\nnumber: 2\ntitle: Use threads\nsummary: Keep channels readable.\n\nBody.\n:::\n'

/** The reminder prop of the one card on a page, unescaped. */
function reminderOn(relativePath: string, withCommunity = true): string {
  const html = new MarkdownIt({ html: true })
    .use(ruleContainerPlugin, {
      site: { siteUrl, ladder: [], pages },
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
