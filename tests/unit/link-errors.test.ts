/**
 * Every mistake in the site's links fails the build with a message that
 * names the entry to fix.
 */
import { describe, expect, test } from 'vitest'
import {
  checkRedirects,
  type KnownPaths,
  type Redirect
} from '../../.vitepress/links/redirect-check'
import type { Rule } from '../../.vitepress/rules/rule'
import { parsePage, shortLinks, siteRule } from '../../.vitepress/site/model'

const known: KnownPaths = {
  pages: ['/', '/community', '/slack-rules'],
  generated: ['/r/1', '/r/use-threads']
}

const rule = (overrides: Partial<Rule>) =>
  siteRule(
    {
      id: 'use-threads',
      number: 2,
      title: 'Use threads',
      summary: 'Keep channels readable.',
      aliases: [],
      source: 'docs/slack-rules.md:10',
      ...overrides
    },
    '/slack-rules',
    'https://community.example'
  )

const parseRules = (markdown: string) =>
  parsePage(
    { file: 'slack-rules.md', text: markdown },
    'https://community.example'
  ).rules

const ruleMarkdown = (id: string, header: string) =>
  `::: rule ${id}\n${header}\n\nBody.\n:::\n`

const badInputs: { name: string; run: () => unknown; error: string }[] = [
  {
    name: 'a redirect loop',
    run: () =>
      checkRedirects(
        [
          { from: '/old/a.html', to: '/old/b.html' },
          { from: '/old/b.html', to: '/old/a.html' }
        ],
        known
      ),
    error:
      '.vitepress/redirects.ts: the redirect from "/old/a.html" is part of a loop: /old/a.html → /old/b.html → /old/a.html. Point one of them at a page.'
  },
  {
    name: 'a redirect to itself',
    run: () => checkRedirects([{ from: '/old.html', to: '/old.html' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "/old.html" is part of a loop: /old.html → /old.html. Point one of them at a page.'
  },
  {
    name: 'a redirect to a missing page',
    run: () => checkRedirects([{ from: '/core/faq.html', to: '/faq' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "/core/faq.html" goes to "/faq", which is not a page of the site. Pages: /, /community, /slack-rules.'
  },
  {
    name: 'a redirect to a missing page through another redirect',
    run: () =>
      checkRedirects(
        [
          { from: '/a.html', to: '/b.html' },
          { from: '/b.html', to: '/gone' }
        ],
        known
      ),
    error:
      '.vitepress/redirects.ts: the redirect from "/a.html" goes to "/gone" (via /b.html), which is not a page of the site. Pages: /, /community, /slack-rules.'
  },
  {
    name: 'an old anchor sent to a missing page',
    run: () =>
      checkRedirects(
        [
          {
            from: '/core/community.html',
            to: '/community',
            anchors: { slack: '/slack#join' }
          }
        ],
        known
      ),
    error:
      '.vitepress/redirects.ts: the redirect from "/core/community.html" goes to "/slack", which is not a page of the site. Pages: /, /community, /slack-rules.'
  },
  {
    name: 'a redirect that hides a page',
    run: () => checkRedirects([{ from: '/community', to: '/' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "/community" hides a page that exists. Remove the redirect, or the page it hides.'
  },
  {
    name: 'a redirect that hides a short link',
    run: () => checkRedirects([{ from: '/r/1', to: '/' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "/r/1" hides the short link /r/1 of a rule that exists. A short link leads to its rule; to send an old id or number to another rule, add the old id to the aliases of the rule that replaces it (CONTRIBUTING.md, "Removing or renaming a rule"), and remove this redirect.'
  },
  {
    name: "a redirect from a rule's old anchor",
    run: () =>
      checkRedirects([{ from: '/slack-rules#old-id', to: '/' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "/slack-rules#old-id" names the anchor #old-id of a page that exists, and a redirect cannot move one anchor. For a rule\'s old id, add the old id to the aliases of the rule that replaces it (CONTRIBUTING.md, "Removing or renaming a rule"); for a heading, give the heading that id again.'
  },
  {
    name: 'a redirect listed twice',
    run: () =>
      checkRedirects(
        [
          { from: '/old.html', to: '/' },
          { from: '/old.html', to: '/community' }
        ],
        known
      ),
    error:
      '.vitepress/redirects.ts: the redirect from "/old.html" is listed twice. Keep one entry.'
  },
  {
    name: 'a redirect from something that is not a path',
    run: () =>
      checkRedirects([{ from: 'core/community.html#slack', to: '/' }], known),
    error:
      '.vitepress/redirects.ts: the redirect from "core/community.html#slack" is not a site path. Write the old path from the site root, without #anchor or ?query, such as "/core/community.html".'
  },
  {
    name: 'a redirect to a full URL',
    run: () =>
      checkRedirects(
        [{ from: '/old.html', to: 'https://example.org/community' }],
        known
      ),
    error:
      '.vitepress/redirects.ts: the redirect from "/old.html" goes to "https://example.org/community", which is not a site path. Write the new path from the site root, such as "/community#join-slack".'
  },
  {
    name: "a duplicate short link: an alias that is another rule's number",
    run: () =>
      shortLinks([
        rule({
          id: 'assume-positive-intent',
          number: 1,
          source: 'docs/slack-rules.md:5'
        }),
        rule({
          id: 'use-threads',
          number: 2,
          aliases: ['1'],
          source: 'docs/slack-rules.md:20'
        })
      ]),
    error:
      'docs/slack-rules.md:20: the short link /r/1 is claimed twice: by the rule "assume-positive-intent" (its number, docs/slack-rules.md:5) and by the rule "use-threads" (its alias "1", docs/slack-rules.md:20). Change or remove one of them, so that each short link leads to one rule.'
  },
  {
    name: "a duplicate short link: an id that is another rule's number",
    run: () =>
      shortLinks([
        rule({ id: 'use-threads', number: 2, source: 'docs/slack-rules.md:5' }),
        rule({ id: '2', number: 3, source: 'docs/slack-rules.md:20' })
      ]),
    error:
      'docs/slack-rules.md:20: the short link /r/2 is claimed twice: by the rule "use-threads" (its number, docs/slack-rules.md:5) and by the rule "2" (its id, docs/slack-rules.md:20). Change or remove one of them, so that each short link leads to one rule.'
  },
  {
    name: 'a duplicate short link, read from Markdown',
    run: () =>
      shortLinks(
        parseRules(
          ruleMarkdown(
            'use-threads',
            'number: 2\ntitle: Threads\nsummary: S.'
          ) +
            '\n' +
            ruleMarkdown(
              'ask-in-public',
              'number: 6\ntitle: Public\nsummary: S.\naliases: 2'
            )
        )
      ),
    error:
      'docs/slack-rules.md:9: the short link /r/2 is claimed twice: by the rule "use-threads" (its number, docs/slack-rules.md:1) and by the rule "ask-in-public" (its alias "2", docs/slack-rules.md:9). Change or remove one of them, so that each short link leads to one rule.'
  },
  {
    name: 'a rule without the summary that og:description needs',
    run: () =>
      parseRules(ruleMarkdown('use-threads', 'number: 2\ntitle: Use threads')),
    error:
      'docs/slack-rules.md:1: the rule "use-threads" has no summary. Add a line "summary: one sentence for link previews" below "::: rule use-threads".'
  }
]

/** The message `run` throws, whole, or a note that it threw nothing. */
function thrownMessage(run: () => unknown): string {
  try {
    run()
  } catch (caught) {
    return (caught as Error).message
  }
  return '(nothing was thrown)'
}

describe('bad links fail the build, naming the entry', () => {
  test.each(badInputs)('$name', ({ run, error }) => {
    expect(thrownMessage(run)).toBe(error)
  })
})

describe('good links pass', () => {
  const redirects: Redirect[] = [
    { from: '/old/a.html', to: '/old/b.html' },
    { from: '/old/b.html', to: '/slack-rules#use-threads' },
    {
      from: '/core/community.html',
      to: '/community',
      anchors: { 'slack-guidelines': '/slack-rules', rule: '/r/1' }
    }
  ]

  test('a chain of redirects ends on its final page', () => {
    expect(
      checkRedirects(redirects, known).map(({ redirect, finalPage }) => [
        redirect.from,
        finalPage
      ])
    ).toEqual([
      ['/old/a.html', '/slack-rules'],
      ['/old/b.html', '/slack-rules'],
      ['/core/community.html', '/community']
    ])
  })

  test('a rule naming itself twice is one short link', () => {
    expect(
      shortLinks([rule({ aliases: ['2', 'threads'] })]).map((link) => [
        link.path,
        link.kind
      ])
    ).toEqual([
      ['/r/2', 'number'],
      ['/r/use-threads', 'id'],
      ['/r/threads', 'alias']
    ])
  })
})
