import { describe, expect, test } from 'vitest'
import { linkPreviewHead } from '../../.vitepress/previews/link-preview'
import { resolveSiteRoot } from '../../.vitepress/site-env'
import { pagePreview } from '../../.vitepress/previews/page-preview'
import { parsePage } from '../../.vitepress/site/model'
import { shorten } from '../../.vitepress/site/page-text'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import { exampleCommunity as community } from './fixtures/community-fixtures'

const siteUrl = 'https://community.example'

/** The page as the site model reads it. */
const read = (markdown: string) =>
  parsePage({ file: 'x.md', text: markdown }, siteUrl).page

describe('a page without a description: its first paragraph', () => {
  const cases: { name: string; markdown: string; expected?: string }[] = [
    {
      name: 'skips frontmatter and headings, keeps link text',
      markdown:
        '---\ntitle: T\n---\n\n# Title {#t}\n\nRead the [rules](./r.md) and `code`,\nthen ask.\n\nSecond.',
      expected: 'Read the rules and code, then ask.'
    },
    {
      name: 'skips custom containers',
      markdown:
        '::: rule use-threads\nnumber: 2\ntitle: T\nsummary: S.\n\nBody text.\n:::\n',
      expected: 'Body text.'
    },
    {
      name: 'skips the lines of other containers',
      markdown: '::: tip\nA tip.\n:::\n',
      expected: 'A tip.'
    },
    {
      name: 'skips inline HTML',
      markdown: '<ContactList />\n\nAfter the component.',
      expected: 'After the component.'
    },
    { name: 'no paragraph at all', markdown: '# Only a heading\n' },
    {
      name: 'cuts a long paragraph at a word',
      markdown: `${'word '.repeat(60)}end.`,
      expected: `${'word '.repeat(39).trim()}…`
    }
  ]
  test.each(cases)('$name', ({ markdown, expected }) => {
    expect(read(markdown).description).toBe(expected)
  })

  test('a shortened text fits the limit', () => {
    expect(shorten('a'.repeat(500), 200)).toHaveLength(200)
  })
})

describe('page title (else its path), for a social card', () => {
  const cases: { markdown: string; expected?: string }[] = [
    {
      markdown: '---\ntitle: Slack rules\n---\n# Other',
      expected: 'Slack rules'
    },
    { markdown: "---\ntitle: 'Quoted: yes'\n---\n", expected: 'Quoted: yes' },
    {
      markdown: '# Code of conduct {#code-of-conduct}\n',
      expected: 'Code of conduct'
    },
    { markdown: 'No title.\n', expected: '/x' }
  ]
  test.each(cases)('$markdown', ({ markdown, expected }) => {
    expect(read(markdown).title).toBe(expected)
  })
})

describe('the site root that absolute URLs build on', () => {
  const cases = [
    {
      siteUrl: 'https://docs.example.org',
      base: '/',
      root: 'https://docs.example.org'
    },
    {
      siteUrl: 'https://docs.example.org',
      base: '/pr-preview/',
      root: 'https://docs.example.org/pr-preview'
    },
    {
      siteUrl: 'https://owner.github.io/community-docs',
      base: '/community-docs/',
      root: 'https://owner.github.io/community-docs'
    }
  ]
  test.each(cases)('$siteUrl with base $base', ({ siteUrl, base, root }) => {
    expect(resolveSiteRoot(siteUrl, base)).toBe(root)
  })
})

describe('page previews', () => {
  const base = {
    community,
    siteUrl
  }

  test('frontmatter description, absolute URLs', () => {
    const preview = pagePreview({
      ...base,
      page: 'community.md',
      title: 'Community guide',
      description: 'How to get help.'
    })
    expect(preview).toMatchObject({
      title: 'Community guide',
      description: 'How to get help.',
      url: `${siteUrl}/community`,
      canonical: `${siteUrl}/community`,
      siteName: 'Example Community'
    })
  })

  test("without a description, the site's", () => {
    expect(pagePreview({ ...base, page: 'x.md', title: 'X' }).description).toBe(
      community.description
    )
  })

  test("the home page is titled with the site's name and uses the site's card", () => {
    const preview = pagePreview({ ...base, page: 'index.md', title: 'Welcome' })
    expect(preview.title).toBe('Example Community')
    expect(preview.url).toBe(`${siteUrl}/`)
    expect(preview.image.url).toBe(`${siteUrl}/social/site.png`)
  })

  test('every other page has its own card, named after its title', () => {
    const input = { ...base, page: 'community.md', title: 'Community guide' }
    expect(pagePreview(input).image).toEqual({
      url: `${siteUrl}/social/pages/community.png`,
      alt: 'Community guide, Example Community',
      width: 1200,
      height: 630
    })
  })

  test('head tags: Open Graph, Twitter card and canonical', () => {
    const head = linkPreviewHead(
      pagePreview({
        ...base,
        page: 'community.md',
        title: 'Community guide',
        description: 'D.'
      })
    )
    const byKey = Object.fromEntries(
      head.map(([, attributes]) => [
        attributes.property ?? attributes.name ?? attributes.rel,
        attributes.content ?? attributes.href
      ])
    )
    expect(byKey).toMatchObject({
      canonical: `${siteUrl}/community`,
      description: 'D.',
      'og:title': 'Community guide',
      'og:description': 'D.',
      'og:url': `${siteUrl}/community`,
      'og:image': `${siteUrl}/social/pages/community.png`,
      'og:site_name': 'Example Community',
      'og:locale': 'en_US',
      'twitter:card': 'summary_large_image'
    })
  })
})

describe("a locale's page previews", () => {
  const translated = {
    ...community,
    translations: {
      locales: {
        ar: {
          lang: 'ar',
          dir: 'rtl' as const,
          texts: arabicTexts,
          reporting: {
            slackModerators: 'أي مشرف',
            whatToInclude: ['ما الذي حدث.'],
            responseTimes: {
              acknowledgement: 'خلال يوم',
              decision: 'خلال أسبوع'
            }
          }
        }
      }
    }
  }
  const name = (texts: { theme: { siteTitle: string } }) =>
    fill(texts.theme.siteTitle, { community: community.name })
  test.each([
    {
      name: 'a translation: its language, the site named in it',
      input: { locale: 'ar', lang: 'ar' },
      expected: { lang: 'ar', siteName: name(arabicTexts) }
    },
    {
      name: "a fallback: the original's language, the site named in the locale's",
      input: { locale: 'ar' },
      expected: { lang: community.lang, siteName: name(arabicTexts) }
    },
    {
      name: 'an unknown locale: the default language',
      input: { locale: 'fr' },
      expected: { lang: community.lang, siteName: name(englishTexts) }
    }
  ])('$name', ({ input, expected }) => {
    const preview = pagePreview({
      community: translated,
      siteUrl,
      page: 'ar/slack-rules.md',
      title: 'آداب مساحة العمل',
      ...input
    })
    expect(preview).toMatchObject(expected)
  })
})
