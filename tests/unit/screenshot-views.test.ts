import { describe, expect, test } from 'vitest'
import { siteRule, type SitePage } from '../../.vitepress/site/model'
import {
  missingPagePath,
  screenshotViews
} from '../../scripts/lib/screenshot-views'

const siteUrl = 'https://docs.example.org'

function page(file: string, path: string, more: Partial<SitePage> = {}) {
  return {
    file,
    source: `docs/${file}`,
    path,
    title: file,
    frontmatter: {},
    original: file.replace(/^[a-z]{2}\//, ''),
    ...more
  } satisfies SitePage
}

const rule = siteRule(
  {
    id: 'be-kind',
    number: 1,
    title: 'Be kind',
    summary: 'Kindly.',
    aliases: [],
    source: 'docs/house-rules.md:5'
  },
  '/house-rules',
  siteUrl
)

const notFound = {
  path: missingPagePath,
  name: '404',
  width: 1280,
  scheme: 'dark'
}

describe('the screenshots, from the site model', () => {
  const cases = [
    {
      name: 'each page wide and light, narrow and dark; the first rule as linked',
      pages: [page('index.md', '/'), page('house-rules.md', '/house-rules')],
      rules: [rule],
      views: [
        { path: '/', name: 'index', width: 1280, scheme: 'light' },
        { path: '/', name: 'index-phone-dark', width: 360, scheme: 'dark' },
        {
          path: '/house-rules',
          name: 'house-rules',
          width: 1280,
          scheme: 'light'
        },
        {
          path: '/house-rules',
          name: 'house-rules-phone-dark',
          width: 360,
          scheme: 'dark'
        },
        {
          path: '/house-rules#be-kind',
          name: 'rule-link-phone',
          width: 360,
          scheme: 'light'
        },
        notFound
      ]
    },
    {
      name: 'a translation, but not the copy of an untranslated page',
      pages: [
        page('fr/house-rules.md', '/fr/house-rules', { locale: 'fr' }),
        page('fr/index.md', '/fr/', { locale: 'fr', fallback: true })
      ],
      rules: [],
      views: [
        {
          path: '/fr/house-rules',
          name: 'fr-house-rules',
          width: 1280,
          scheme: 'light'
        },
        {
          path: '/fr/house-rules',
          name: 'fr-house-rules-phone-dark',
          width: 360,
          scheme: 'dark'
        },
        notFound
      ]
    },
    {
      name: 'no pages and no rules: the 404 page alone',
      pages: [],
      rules: [],
      views: [notFound]
    }
  ]
  test.each(cases)('$name', ({ pages, rules, views }) => {
    expect(screenshotViews({ pages, rules })).toEqual(views)
  })
})
