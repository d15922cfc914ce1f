import { describe, expect, test } from 'vitest'
import type { Community } from '../../.vitepress/community/types'
import {
  redirectPage,
  shortLinkPage
} from '../../.vitepress/links/publish-links'
import type { LinkPreview } from '../../.vitepress/previews/link-preview'
import { ruleSocialCard } from '../../.vitepress/previews/social-cards'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { siteRule } from '../../.vitepress/site/model'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import {
  exampleCommunity,
  frenchCommunity
} from './fixtures/community-fixtures'

// The words of short-link and moved pages are the site's texts: a community
// whose language is not English forwards its readers in its own words.
const siteUrl = 'https://community.example'
const rulesTitle = 'قواعد Slack'
const rule = siteRule(
  {
    id: 'use-threads',
    number: 4,
    title: 'استخدم المحادثات الفرعية',
    summary: 'S.',
    aliases: [],
    source: 'docs/slack-rules.md:1'
  },
  '/slack-rules',
  siteUrl
)
const target = (path: string): LinkPreview => ({
  title: 'دليل المجتمع',
  description: 'D.',
  url: `${siteUrl}${path}`,
  canonical: `${siteUrl}${path}`,
  siteName: 'S',
  lang: 'ar',
  image: { url: `${siteUrl}/social/site.png`, alt: 'S', width: 1, height: 1 }
})

/** A community whose default texts, or whose `fr` locale's, are these. */
const withTexts = (texts: typeof englishTexts, asDefault: boolean) => {
  const translations = frenchCommunity(texts).translations
  return {
    ...exampleCommunity,
    translations: asDefault ? { texts, locales: {} } : translations
  } as Community
}

const cases: [name: string, texts: typeof englishTexts][] = [
  ['English', englishTexts],
  ["the fixture's Arabic", arabicTexts]
]

describe.each(cases)('forwarding words in %s', (_, texts) => {
  const community = withTexts(texts, true)
  const context = { community, siteUrl, rulesTitle, base: '/' }
  const ruleNumber = fill(texts.ruleCard.ruleNumber, { number: 4 })

  test("a short link's page and card speak the default language", () => {
    const [link] = [{ path: '/r/4', kind: 'number' as const, rule }]
    const page = shortLinkPage(link, context)
    expect(page.preview.title).toBe(`${ruleNumber}: ${rule.title}`)
    expect(page.linkText).toBe(
      fill(texts.forwarding.readRule, { number: 4, page: rulesTitle })
    )
    expect(page.eyebrow).toBe(`${rulesTitle} · ${ruleNumber}`)
    expect(ruleSocialCard(rule, community, rulesTitle).eyebrow).toBe(
      page.eyebrow
    )
  })

  const moved = (community: Community, to: string) =>
    redirectPage({ from: '/old.html', to }, to, {
      community,
      siteUrl,
      base: '/',
      pagePreviews: new Map([[to, target(to)]])
    })
  const expected = (to: string) => ({
    heading: texts.forwarding.moved,
    text: fill(texts.forwarding.movedText, {
      title: target(to).title,
      url: `${siteUrl}${to}`
    }),
    linkText: fill(texts.forwarding.goTo, { title: target(to).title }),
    documentTitle: fill(texts.forwarding.movedTitle, {
      title: target(to).title
    })
  })

  test('a moved page of the default language speaks it', () => {
    const page = moved(community, '/community')
    expect({
      ...page,
      documentTitle: page.preview.documentTitle
    }).toMatchObject(expected('/community'))
  })

  test("a moved page of a locale speaks the locale's language", () => {
    const page = moved(withTexts(texts, false), '/fr/community')
    expect({
      ...page,
      documentTitle: page.preview.documentTitle
    }).toMatchObject(expected('/fr/community'))
  })
})
