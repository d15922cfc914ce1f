import { describe, expect, test } from 'vitest'
import { ruleReminder } from '../../.vitepress/rules/rule'
import { englishTexts } from '../../.vitepress/i18n/texts'
import {
  outputFile,
  pagePath,
  ruleLinks,
  splitFragment
} from '../../.vitepress/site/paths'

const site = 'https://docs.example.org'

describe('URL shapes', () => {
  test.each([
    { file: 'slack-rules.md', path: '/slack-rules' },
    { file: 'index.md', path: '/' },
    { file: 'guide/index.md', path: '/guide/' },
    { file: 'guide/rules.md', path: '/guide/rules' }
  ])('the page $file is served at $path', ({ file, path }) => {
    expect(pagePath(file)).toBe(path)
  })

  test.each([
    { path: '/r/2', file: 'r/2.html' },
    { path: '/', file: 'index.html' },
    { path: '/guide/', file: 'guide/index.html' },
    { path: '/core/a.html', file: 'core/a.html' },
    { path: '/rules.json', file: 'rules.json' }
  ])('$path is served from $file', ({ path, file }) => {
    expect(outputFile(path)).toBe(file)
  })

  test('a fragment splits off its path', () => {
    expect(splitFragment('/slack-rules#use-threads')).toEqual({
      path: '/slack-rules',
      fragment: 'use-threads'
    })
    expect(splitFragment('/slack-rules')).toEqual({ path: '/slack-rules' })
  })

  test('a rule is reached by its anchor, former ids and short links', () => {
    const rule = { id: 'use-threads', number: 2, aliases: ['rule-2'] }
    expect(ruleLinks(rule, '/slack-rules', site)).toEqual({
      anchor: '/slack-rules#use-threads',
      aliasAnchors: ['/slack-rules#rule-2'],
      shortLinks: ['/r/2', '/r/use-threads', '/r/rule-2'],
      permanentShortLink: '/r/use-threads',
      url: `${site}/slack-rules#use-threads`,
      shortUrl: `${site}/r/use-threads`
    })
  })

  test('the reminder is polite, names the page and the rule, and ends with the link', () => {
    expect(
      ruleReminder(
        { number: 2, title: 'Use threads for longer messages' },
        `${site}/r/use-threads`,
        'Workspace guidelines',
        englishTexts.ruleCard.reminder
      )
    ).toBe(
      'Hi! A friendly pointer to rule 2 of our Workspace guidelines, *Use threads for longer messages*. Thank you for keeping it in mind.\n' +
        `${site}/r/use-threads`
    )
  })
})
