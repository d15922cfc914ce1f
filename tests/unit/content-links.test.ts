import { describe, expect, test } from 'vitest'
import {
  closest,
  linkProblems,
  type LinkTargets,
  type PageLinks
} from '../../.vitepress/content-links/link-problems'

const page = (ids: string[], links: string[] = []): PageLinks => ({
  ids: new Set(ids),
  links: links.map((href, index) => ({
    href,
    location: `docs/guide.md:${index + 1}`
  }))
})

function problems(links: string[]): string[] {
  const targets: LinkTargets = {
    pages: new Map([
      ['guide.md', page(['guide', 'join-slack'], links)],
      ['house-rules.md', page(['house-rules', 'use-threads', 'rule-2'])],
      ['index.md', page([])],
      ['team/index.md', page(['team'])]
    ]),
    isServed: (path) => ['/favicon.svg', '/rules.json', '/r/2'].includes(path)
  }
  return linkProblems(targets).map((error) => error.message)
}

describe('links that work', () => {
  const cases = [
    './house-rules.md',
    './house-rules.md#use-threads',
    'house-rules#rule-2',
    '/house-rules',
    '/house-rules.html#use-threads',
    '#join-slack',
    './team/',
    '/team/#team',
    '/',
    '/favicon.svg',
    '/rules.json',
    '/r/2',
    'https://example.org/x#y',
    'mailto:moderators@example.org',
    '//example.org/x'
  ]
  test.each(cases)('%s', (href) => {
    expect(problems([href])).toEqual([])
  })
})

describe('links that do not, each named by file and line', () => {
  const cases = [
    {
      href: './slack-guidelines',
      message:
        'docs/guide.md:1: the link "./slack-guidelines" leads to no page. Link to a page by its file in docs/: guide.md, house-rules.md, index.md, team/index.md.'
    },
    {
      href: './house-rule.md',
      message:
        'docs/guide.md:1: the link "./house-rule.md" leads to no page. Did you mean ./house-rules.md? Link to a page by its file in docs/.'
    },
    {
      href: './house-rules.md#use-thread',
      message:
        'docs/guide.md:1: the link "./house-rules.md#use-thread" leads to no heading or rule "#use-thread" on docs/house-rules.md. Did you mean #use-threads?'
    },
    {
      href: '#nowhere-near',
      message:
        'docs/guide.md:1: the link "#nowhere-near" leads to no heading or rule "#nowhere-near" on docs/guide.md. Link to a heading by its {#id}, or to a rule by its id.'
    },
    {
      href: '/files/policy.pdf',
      message:
        'docs/guide.md:1: the link "/files/policy.pdf" leads to no file: nothing is served at /files/policy.pdf. Put the file in public/, or fix the path.'
    }
  ]
  test.each(cases)('$href', ({ href, message }) => {
    expect(problems([href])).toEqual([message])
  })

  test('every problem of a page, each once, in order', () => {
    expect(
      problems(['./gone', './house-rules.md', '#gone']).map((message) =>
        message.split(':').slice(0, 2).join(':')
      )
    ).toEqual(['docs/guide.md:1', 'docs/guide.md:3'])
  })
})

describe('a guess only for a near miss', () => {
  test.each([
    ['use-thread', ['use-threads', 'rule-2'], 'use-threads'],
    ['reporting', ['reporting'], 'reporting'],
    ['completely-different', ['use-threads'], undefined]
  ])('%s', (wanted, options, expected) => {
    expect(closest(wanted, options)).toBe(expected)
  })
})
