import { describe, expect, test } from 'vitest'
import { forwardingPageHtml } from '../../.vitepress/links/forwarding-page'
import {
  checkPermalinks,
  permalinkFix,
  resolvePermalink,
  unregisteredUrls,
  updateRegistry,
  type LoadPath
} from '../../.vitepress/links/permalinks'
import type { LinkPreview } from '../../.vitepress/previews/link-preview'
import { loadSiteModel } from '../../.vitepress/site/load'
import { publishedUrls } from '../../scripts/lib/site-links'

const preview: LinkPreview = {
  title: 'T',
  description: 'D',
  url: 'https://x.example/',
  canonical: 'https://x.example/',
  siteName: 'S',
  lang: 'en',
  image: { url: 'https://x.example/i.png', alt: 'A', width: 1200, height: 630 }
}
const forward = (href: string, anchors?: Record<string, string>) =>
  forwardingPageHtml({
    href,
    anchors,
    preview,
    heading: 'Moved',
    linkText: 'Go'
  })
const page = (...ids: string[]) =>
  `<!DOCTYPE html><html><head><title>P</title></head><body>${ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('')}</body></html>`

/** A built site, as files: what each path serves. */
const site = new Map<string, string>([
  ['/', page()],
  ['/community', page('join-slack')],
  ['/slack-rules', page('slack-rules', 'use-threads', 'rule-2')],
  ['/r/2', forward('/slack-rules#use-threads')],
  [
    '/core/community.html',
    forward('/community', {
      'slack-guidelines': '/slack-rules',
      slack: '/community#join-slack'
    })
  ],
  ['/old.html', forward('/core/community.html')],
  ['/loop-a.html', forward('/loop-b.html')],
  ['/loop-b.html', forward('/loop-a.html')],
  ['/rules.json', '{"rules":[]}']
])
const load: LoadPath = async (path) => site.get(path)

describe('resolving a published URL on the built site', () => {
  const cases: { url: string; resolves?: string; problem?: string }[] = [
    { url: '/', resolves: '/' },
    { url: '/slack-rules#use-threads', resolves: '/slack-rules#use-threads' },
    { url: '/slack-rules#rule-2', resolves: '/slack-rules#rule-2' },
    { url: '/r/2', resolves: '/slack-rules#use-threads' },
    { url: '/core/community.html', resolves: '/community' },
    { url: '/core/community.html#slack-guidelines', resolves: '/slack-rules' },
    { url: '/core/community.html#slack', resolves: '/community#join-slack' },
    { url: '/old.html#slack', resolves: '/community#join-slack' },
    { url: '/rules.json', resolves: '/rules.json' },
    { url: '/gone', problem: '/gone is not served.' },
    {
      url: '/slack-rules#gone',
      problem: '/slack-rules#gone: the page /slack-rules has no anchor "#gone".'
    },
    {
      url: '/core/community.html#unknown',
      problem:
        '/core/community.html#unknown (via /core/community.html#unknown → /community#unknown): the page /community has no anchor "#unknown".'
    },
    {
      url: '/loop-a.html',
      problem:
        '/loop-a.html redirects more than 5 times: /loop-a.html → /loop-b.html → /loop-a.html → /loop-b.html → /loop-a.html → /loop-b.html.'
    },
    {
      url: '/rules.json#x',
      problem: '/rules.json#x has a #fragment on a file that is not a page.'
    }
  ]
  test.each(cases)('$url', async ({ url, resolves, problem }) => {
    const result = await resolvePermalink(url, load)
    expect(result).toMatchObject(
      resolves ? { ok: true, url: resolves } : { ok: false, problem }
    )
  })

  test('a build under a base path: forwarding pages link with the base', async () => {
    const underBase = new Map([
      ['/community', page('join-slack')],
      [
        '/core/community.html',
        forward('/pr-preview/community', {
          slack: '/pr-preview/community#join-slack'
        })
      ]
    ])
    const loadUnderBase: LoadPath = async (path) => underBase.get(path)
    expect(
      await resolvePermalink(
        '/core/community.html#slack',
        loadUnderBase,
        '/pr-preview/'
      )
    ).toMatchObject({ ok: true, url: '/community#join-slack' })
    expect(
      await resolvePermalink(
        '/core/community.html',
        loadUnderBase,
        '/pr-preview/'
      )
    ).toMatchObject({ ok: true, url: '/community' })
  })

  test('a build that lost a URL fails, naming each one', async () => {
    await expect(
      checkPermalinks({ urls: ['/', '/gone', '/slack-rules#gone'] }, load)
    ).rejects.toThrow(
      'permalinks.json: 2 published URLs are no longer served. Published links must keep working (see CONTRIBUTING.md, "Removing or renaming a rule"):\n' +
        '  - /gone is not served. Restore the page, or add a redirect from /gone to the page that replaces it in .vitepress/redirects.ts.\n' +
        '  - /slack-rules#gone: the page /slack-rules has no anchor "#gone". If "#gone" was a rule\'s id, add it to the aliases of the rule that replaces it (aliases: gone); if it was a heading, give a heading that id again.'
    )
  })

  const fixes = [
    {
      url: '/rules#old-id',
      fix: 'If "#old-id" was a rule\'s id, add it to the aliases of the rule that replaces it (aliases: old-id); if it was a heading, give a heading that id again.'
    },
    {
      url: '/r/old-id',
      fix: 'Add "old-id" to the aliases of the rule that replaces it.'
    },
    {
      url: '/r/9',
      fix: 'No rule has the number 9 any more: add 9 to the aliases of the rule that replaces it.'
    },
    {
      url: '/old-page',
      fix: 'Restore the page, or add a redirect from /old-page to the page that replaces it in .vitepress/redirects.ts.'
    }
  ]
  test.each(fixes)('the fix for a lost $url', ({ url, fix }) => {
    expect(permalinkFix(url)).toBe(fix)
  })
})

describe('the registry', () => {
  test('an update adds new URLs, sorted, and never removes one', () => {
    const { registry, added } = updateRegistry(
      { urls: ['/old-page', '/slack-rules'] },
      ['/slack-rules', '/r/8', '/new']
    )
    expect(added).toEqual(['/new', '/r/8'])
    expect(registry.urls).toEqual(['/new', '/old-page', '/r/8', '/slack-rules'])
  })

  test('lists the old community pages and their anchors', () => {
    expect(loadSiteModel().registry.urls).toEqual(
      expect.arrayContaining([
        '/core/community.html',
        '/core/code_of_conduct.html',
        '/core/community.html#slack-guidelines'
      ])
    )
  })

  test('lists every URL the site publishes today (run npm run permalinks:update)', () => {
    const model = loadSiteModel()
    const current = publishedUrls(model)
    expect(current).toEqual(
      expect.arrayContaining([
        '/slack-rules#use-threads',
        '/r/2',
        '/r/use-threads',
        '/r/rule-2'
      ])
    )
    expect(unregisteredUrls(model.registry, current)).toEqual([])
  })
})
