import { HtmlValidate } from 'html-validate'
import { describe, expect, test } from 'vitest'
import {
  forwardingPageHtml,
  forwardingScript,
  type ForwardingPage
} from '../../.vitepress/links/forwarding-page'
import {
  attribute,
  parseElements,
  readHtmlDocument,
  textOf
} from '../../.vitepress/build/html-document'
import {
  redirectPage,
  shortLinkPage
} from '../../.vitepress/links/publish-links'
import type { LinkPreview } from '../../.vitepress/previews/link-preview'
import { siteTitle } from '../../.vitepress/i18n/locale-texts'
import { loadSiteModel } from '../../.vitepress/site/load'
import { shortLinks, siteRule } from '../../.vitepress/site/model'
import { exampleCommunity as community } from './fixtures/community-fixtures'

const siteUrl = 'https://community.example'
const rule = siteRule(
  {
    id: 'use-threads',
    number: 2,
    title: 'Use threads for "longer" <messages>',
    summary: 'Keep channels readable & calm.',
    aliases: ['rule-2'],
    source: 'docs/slack-rules.md:30'
  },
  '/slack-rules',
  siteUrl
)
// Any title: the rules page may be called anything.
const rulesTitle = 'House rules'
const context = { community, siteUrl, rulesTitle, base: '/' }
const [byNumber, byId, byAlias] = shortLinks([rule])

describe('short link pages', () => {
  test('one per number, id and alias, all leading to the rule', () => {
    expect([byNumber, byId, byAlias].map((link) => link?.path)).toEqual([
      '/r/2',
      '/r/use-threads',
      '/r/rule-2'
    ])
    for (const link of [byNumber!, byId!, byAlias!])
      expect(shortLinkPage(link, context).href).toBe('/slack-rules#use-threads')
  })

  const html = forwardingPageHtml(shortLinkPage(byNumber!, context))
  const facts = readHtmlDocument(html)

  const expectedHead: [string, string][] = [
    ['description', 'Keep channels readable & calm.'],
    ['og:title', 'Rule 2: Use threads for "longer" <messages>'],
    ['og:description', 'Keep channels readable & calm.'],
    ['og:url', `${siteUrl}/r/use-threads`],
    ['og:image', `${siteUrl}/social/rules/use-threads.png`],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:site_name', 'Example Community'],
    ['twitter:card', 'summary_large_image'],
    ['twitter:image', `${siteUrl}/social/rules/use-threads.png`]
  ]
  test.each(expectedHead)('head: %s', (name, content) => {
    expect(facts.meta[name]).toBe(content)
  })

  test('title, canonical, language and refresh', () => {
    expect(facts.title).toBe(
      'Rule 2: Use threads for "longer" <messages> | Example Community'
    )
    expect(facts.canonical).toBe(`${siteUrl}/slack-rules#use-threads`)
    expect(facts.lang).toBe('en-US')
    expect(facts.refresh).toBe('/slack-rules#use-threads')
  })

  test('a visible link for readers without scripts or refresh', () => {
    // Its own text, not a label: a reader without scripts must see it.
    const links = parseElements(html)
      .filter((element) => element.tagName === 'a')
      .map((link) => [
        attribute(link, 'href'),
        textOf(link).replace(/\s+/g, ' ').trim()
      ])
    expect(links).toEqual([
      ['/slack-rules#use-threads', `Read rule 2 on the ${rulesTitle} page`]
    ])
  })

  test("the rule's own card, named after the rules page", () => {
    const page = shortLinkPage(byId!, context)
    expect(page.eyebrow).toBe(`${rulesTitle} · Rule 2`)
    expect(page.preview.image).toMatchObject({
      url: `${siteUrl}/social/rules/use-threads.png`,
      alt: `${rulesTitle} · Rule 2: ${rule.title}, ${siteTitle(community)}`
    })
  })

  test('a site in a folder keeps its base in every href', () => {
    const page = shortLinkPage(byId!, { ...context, base: '/community/' })
    expect(page.href).toBe('/community/slack-rules#use-threads')
  })
})

describe('redirect pages', () => {
  const target: LinkPreview = {
    title: 'Community guide',
    documentTitle: 'Community guide | Example Community',
    description: 'How to get help.',
    url: `${siteUrl}/community`,
    canonical: `${siteUrl}/community`,
    siteName: 'Example Community',
    lang: 'en-US',
    image: {
      url: `${siteUrl}/social/site.png`,
      alt: 'Example Community',
      width: 1200,
      height: 630
    }
  }
  const page = redirectPage(
    {
      from: '/core/community.html',
      to: '/community',
      anchors: { slack: '/community#join-slack' }
    },
    '/community',
    { ...context, pagePreviews: new Map([['/community', target]]) }
  )
  const facts = readHtmlDocument(forwardingPageHtml(page))

  test('preview as the page they lead to, canonical to it', () => {
    expect(facts.meta['og:title']).toBe('Community guide')
    expect(facts.canonical).toBe(`${siteUrl}/community`)
    expect(facts.title).toBe('Moved: Community guide | Example Community')
  })

  test('carry the map of old anchors for the script', () => {
    expect(facts.anchors).toEqual({ slack: '/community#join-slack' })
    expect(facts.refresh).toBe('/community')
  })

  test('a redirect to a page without a preview fails, naming it', () => {
    expect(() =>
      redirectPage({ from: '/old.html', to: '/gone' }, '/gone', {
        ...context,
        pagePreviews: new Map()
      })
    ).toThrow(
      'The redirect from "/old.html" leads to /gone, which has no link preview.'
    )
  })
})

describe('forwarding page markup', () => {
  const page: ForwardingPage = shortLinkPage(byAlias!, context)
  const html = forwardingPageHtml(page)

  const validator = new HtmlValidate({
    extends: ['html-validate:recommended']
  })
  const problems = async (markup: string) =>
    (await validator.validateString(markup)).results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message}`)
    )

  // A rule's number, id and alias links get the same page: one per rule.
  test.each(loadSiteModel().shortLinks.filter((link) => link.kind === 'id'))(
    'is valid HTML: $path',
    async (link) => {
      expect(
        await problems(forwardingPageHtml(shortLinkPage(link, context)))
      ).toEqual([])
    }
  )

  test('is valid HTML with markup characters in the title', async () => {
    // A maintainer's long title is allowed; html-validate only advises against it.
    expect(
      (await problems(html)).filter(
        (problem) => !problem.startsWith('long-title')
      )
    ).toEqual([])
  })

  test('has one static script, the same on every page', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    expect(scripts.map((match) => match[1])).toEqual([forwardingScript])
    const other = forwardingPageHtml(shortLinkPage(byNumber!, context))
    expect(other).toContain(`<script>${forwardingScript}</script>`)
  })

  test('escapes text and attributes', () => {
    expect(html).toContain(
      '<h1>Use threads for &quot;longer&quot; &lt;messages&gt;</h1>'
    )
    expect(html).not.toContain('<messages>')
  })

  test('the script runs before the refresh', () => {
    expect(html.indexOf('<script>')).toBeLessThan(
      html.indexOf('http-equiv="refresh"')
    )
  })
})
