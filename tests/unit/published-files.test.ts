import { describe, expect, test } from 'vitest'
import {
  checkRedirects,
  redirectsFile
} from '../../.vitepress/links/redirect-check'
import { rulesJson } from '../../.vitepress/links/publish-links'
import { redirects } from '../../.vitepress/redirects'
import { loadSiteModel } from '../../.vitepress/site/load'
import { siteRule } from '../../.vitepress/site/model'

const rule = siteRule(
  {
    id: 'use-threads',
    number: 2,
    title: 'Use threads',
    summary: 'Keep channels readable.',
    aliases: ['rule-2'],
    source: 'docs/slack-rules.md:30'
  },
  '/slack-rules',
  'https://community.example'
)

describe('/rules.json', () => {
  test('id, number, title, summary and absolute URLs for each rule', () => {
    expect(rulesJson([rule])).toEqual({
      rules: [
        {
          id: 'use-threads',
          number: 2,
          title: 'Use threads',
          summary: 'Keep channels readable.',
          url: 'https://community.example/slack-rules#use-threads',
          shortUrl: 'https://community.example/r/use-threads',
          aliases: ['rule-2']
        }
      ]
    })
  })
})

describe('redirects', () => {
  test('_redirects lists each redirect as a permanent one', () => {
    expect(
      redirectsFile([
        {
          from: '/core/community.html',
          to: '/community',
          anchors: { slack: '/community#join-slack' }
        },
        { from: '/core/code_of_conduct.html', to: '/code-of-conduct' }
      ])
    ).toBe(
      '# Generated from .vitepress/redirects.ts by the site build. Do not edit.\n' +
        '# Each old path also has a static page that redirects, for other hosts.\n' +
        '/core/community.html /community 301\n' +
        '/core/code_of_conduct.html /code-of-conduct 301\n'
    )
  })

  // Which old URLs this community keeps is pinned in this-community.test.ts.
  test("the site's redirects each lead to one of its pages", () => {
    const model = loadSiteModel()
    const checked = checkRedirects(redirects, {
      pages: model.pages.map((page) => page.path),
      generated: model.shortLinks.map((link) => link.path)
    })
    expect(new Set(checked.map(({ redirect }) => redirect.from))).toEqual(
      new Set(redirects.map((redirect) => redirect.from))
    )
    for (const { finalPage } of checked)
      expect(model.pages.map((page) => page.path)).toContain(finalPage)
  })
})
