/**
 * The Slack welcome message in a translation (--lang): the locale's texts,
 * pages and moderators, and the errors for a language the config lacks.
 */
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import type { Community } from '../../.vitepress/community/types'
import { siteRule, type SitePage } from '../../.vitepress/site/model'
import { escapeMrkdwn } from '../../.vitepress/slack/block-kit'
import {
  checkedWelcomeMessage,
  welcomeLocale,
  welcomeMessage
} from '../../.vitepress/slack/welcome-message'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import {
  communityGuide,
  linksOf,
  model,
  reportingSection,
  rules,
  siteUrl
} from './fixtures/welcome-site'

describe('the welcome message in a locale', () => {
  // Marked texts, so that each sentence is seen to come from the locale.
  const welcome: typeof englishTexts.welcome = { ...englishTexts.welcome }
  for (const key of Object.keys(welcome) as (keyof typeof welcome)[])
    welcome[key] = `[xx] ${welcome[key]}`
  const translated: Community = {
    ...community,
    reporting: { ...community.reporting, email: 'conduct@example.org' },
    translations: {
      locales: {
        xx: {
          lang: 'xx',
          dir: 'rtl',
          texts: { ...englishTexts, welcome },
          reporting: {
            ...community.reporting,
            slackModerators: '[xx] moderators'
          }
        }
      }
    }
  }
  const rulesPage = model.rulesPage!
  const [firstRule] = rules
  const localePage = (page: Partial<SitePage>): SitePage => ({
    ...rulesPage,
    file: `xx/${rulesPage.file}`,
    path: `/xx${rulesPage.path}`,
    locale: 'xx',
    ...page
  })

  const cases = [
    {
      name: 'with a translated rules page: its title and rule titles',
      page: localePage({ title: 'Translated rules' }),
      heading: 'Translated rules',
      // The page translates the first rule only; the others keep the original's.
      translatedRules: [
        siteRule(
          { ...firstRule!, title: 'Translated first rule' },
          `/xx${rulesPage.path}`,
          siteUrl
        )
      ],
      titles: ['Translated first rule', ...rules.slice(1).map((r) => r.title)]
    },
    {
      name: "without one (a fallback): the original's rules",
      page: localePage({ fallback: true }),
      heading: rulesPage.title,
      translatedRules: [],
      titles: rules.map((rule) => rule.title)
    }
  ]

  test.each(cases)('$name', ({ page, heading, translatedRules, titles }) => {
    const message = checkedWelcomeMessage({
      community: translated,
      model: { ...model, pages: [...model.pages, page], translatedRules },
      locale: 'xx'
    })
    const { text } = message
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: fill(welcome.title, { community: community.name }) }
    })
    for (const key of [
      'intro',
      'codeOfConductHeading',
      'reportingHeading'
    ] as const)
      expect(text).toContain(welcome[key])
    expect(text).toContain(`*${heading}*`)
    // The moderators, in the locale's words.
    expect(text).toContain(
      fill(escapeMrkdwn(welcome.directMessage), {
        moderators: escapeMrkdwn('[xx] moderators')
      })
    )
    rules.forEach((rule, index) =>
      expect(text).toContain(
        `${rule.number}. <${siteUrl}/xx${rule.links.anchor}|${escapeMrkdwn(titles[index]!)}>`
      )
    )
    // Every link is to the locale's pages (or mail), none to the original's.
    const links = linksOf(text)
    expect(links.length).toBeGreaterThan(rules.length)
    for (const url of links)
      expect(url).toMatch(new RegExp(`^(${siteUrl}/xx/|mailto:)`))
    expect(text).toContain(
      `<${siteUrl}/xx${reportingSection}|${welcome.howToReportLink}>`
    )
    expect(text).toContain(
      `<${siteUrl}/xx${communityGuide}|${welcome.communityGuideLink}>`
    )
  })

  const langCases = [
    {
      name: 'an unknown language names the configured ones',
      config: translated,
      lang: 'fr',
      error:
        '--lang "fr" is not a configured language; the configured languages are: xx.'
    },
    {
      name: 'a community without translations says so',
      config: { ...community, translations: undefined },
      lang: 'xx',
      error:
        '--lang "xx": this community has no translations (translations.locales in .vitepress/community.ts is empty or missing).'
    }
  ]
  test.each(langCases)('$name', ({ config, lang, error }) => {
    expect(() => welcomeLocale(config, lang)).toThrow(error)
    expect(() =>
      welcomeMessage({ community: config, model, locale: lang })
    ).toThrow(error)
  })

  test('a configured language is found', () => {
    expect(welcomeLocale(translated, 'xx').lang).toBe('xx')
  })
})
