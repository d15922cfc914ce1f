import { describe, expect, test } from 'vitest'
import {
  pageUrl,
  ruleReminder,
  ruleShortUrl,
  ruleUrl
} from '../../.vitepress/rules/rule-urls'

const site = 'https://docs.example.org'

describe('rule URLs', () => {
  test.each([
    {
      relativePath: 'slack-rules.md',
      cleanUrls: true,
      url: `${site}/slack-rules`
    },
    {
      relativePath: 'slack-rules.md',
      cleanUrls: false,
      url: `${site}/slack-rules.html`
    },
    { relativePath: 'index.md', cleanUrls: true, url: `${site}/` },
    { relativePath: 'index.md', cleanUrls: false, url: `${site}/` },
    {
      relativePath: 'guide/index.md',
      cleanUrls: false,
      url: `${site}/guide/`
    },
    {
      relativePath: 'guide/rules.md',
      cleanUrls: true,
      url: `${site}/guide/rules`
    }
  ])(
    'the page $relativePath (clean URLs: $cleanUrls) is at $url',
    ({ relativePath, cleanUrls, url }) => {
      expect(pageUrl(site, relativePath, cleanUrls)).toBe(url)
    }
  )

  test('a rule is its page and its id', () => {
    expect(ruleUrl(`${site}/slack-rules`, 'use-threads')).toBe(
      `${site}/slack-rules#use-threads`
    )
  })

  test('the short link is /r/<id>', () => {
    expect(ruleShortUrl(site, 'use-threads')).toBe(`${site}/r/use-threads`)
  })

  test('the reminder is polite, names the rule in bold, and ends with the link', () => {
    expect(
      ruleReminder(
        { number: 2, title: 'Use threads for longer messages' },
        `${site}/r/use-threads`
      )
    ).toBe(
      'Hi! A friendly pointer to rule 2 of our Slack rules, *Use threads for longer messages*. Thank you for keeping it in mind.\n' +
        `${site}/r/use-threads`
    )
  })
})
