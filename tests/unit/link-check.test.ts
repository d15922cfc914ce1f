import { describe, expect, test } from 'vitest'
import {
  checkLinks,
  formatLinkProblem,
  type BuiltSite
} from '../../scripts/lib/link-check'

/** A page whose body is `body`. */
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`

/** A small built site; each test adds one page, `from.html`, to it. */
function siteWith(
  fromPage: string,
  options: Partial<Pick<BuiltSite, 'base' | 'siteUrl'>> & {
    fromFile?: string
    extraFiles?: Record<string, string>
  } = {}
): BuiltSite {
  const files: Record<string, string> = {
    'index.html': page('<h1 id="home">Home</h1>'),
    'slack-rules.html': page(
      '<h2 id="use-threads">Threads</h2><a name="legacy-anchor"></a><h2 id="café">Café</h2>'
    ),
    'guide/index.html': page('<h2 id="start">Start</h2>'),
    'guide/setup.html': page('<h2 id="install">Install</h2>'),
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    ...options.extraFiles,
    [options.fromFile ?? 'from.html']: fromPage
  }
  return {
    files: new Set(Object.keys(files)),
    read: (file) => files[file]!,
    base: options.base ?? '/',
    siteUrl: options.siteUrl
  }
}

const link = (href: string, text = 'link') =>
  page(`<a href="${href}">${text}</a>`)

describe('links that resolve', () => {
  test.each([
    ['a clean URL', link('/slack-rules')],
    ['a URL with .html', link('/slack-rules.html')],
    ['the home page', link('/')],
    ['a folder with an index page', link('/guide/')],
    ['a folder without its slash', link('/guide')],
    ['a page in a folder', link('/guide/setup#install')],
    ['a fragment on another page', link('/slack-rules#use-threads')],
    ['an <a name> anchor', link('/slack-rules#legacy-anchor')],
    ['a percent-encoded fragment', link('/slack-rules#caf%C3%A9')],
    [
      'a fragment on the same page',
      page('<h2 id="here">H</h2><a href="#here">x</a>')
    ],
    ['an empty fragment', link('#')],
    ['#top, which the HTML standard scrolls to', link('#top')],
    ['a query string', link('/slack-rules?ref=slack#use-threads')],
    ['a file from public/', page('', '<link rel="icon" href="/favicon.svg">')],
    [
      'an image srcset',
      page('<img alt="" srcset="/favicon.svg 1x, /favicon.svg 2x">')
    ],
    ['mailto: and tel:', link('mailto:someone@example.org') + link('tel:+100')],
    ['an href padded with spaces', link('  /slack-rules  ')]
  ])('%s', (_name, html) => {
    expect(checkLinks(siteWith(html)).problems).toEqual([])
  })

  test('a relative link resolves against the page’s folder', () => {
    const site = siteWith(link('./setup#install'), {
      fromFile: 'guide/from.html'
    })
    expect(checkLinks(site).problems).toEqual([])
  })

  test('a redirect page: meta refresh, canonical link and visible link', () => {
    const redirect = page(
      '<a href="/slack-rules#use-threads">Use threads</a>',
      '<meta http-equiv="refresh" content="0; url=/slack-rules#use-threads">' +
        '<link rel="canonical" href="https://example.org/slack-rules#use-threads">'
    )
    const site = siteWith(redirect, {
      fromFile: 'r/use-threads.html',
      siteUrl: 'https://example.org'
    })
    const report = checkLinks(site)
    expect(report.problems).toEqual([])
    expect(report.checked).toBe(3)
  })
})

describe('broken links, each with its reason', () => {
  test.each([
    [
      'a missing page',
      link('/slack-rulez', 'Slack rules'),
      '<a href> "Slack rules"',
      'no page or file at /slack-rulez (looked for slack-rulez, slack-rulez.html, slack-rulez/index.html)'
    ],
    [
      'a missing fragment on another page',
      link('/slack-rules#use-thread', 'Rule 2'),
      '<a href> "Rule 2"',
      'no element with id "use-thread" in slack-rules.html'
    ],
    [
      'a missing fragment on the same page',
      link('#nowhere', 'Jump'),
      '<a href> "Jump"',
      'no element with id "nowhere" in from.html'
    ],
    [
      'a missing folder index',
      link('/guide/missing/'),
      '<a href> "link"',
      'no page or file at /guide/missing/ (looked for guide/missing/index.html)'
    ],
    [
      'a missing asset',
      page('<img alt="" src="/rules.pdf">'),
      '<img src>',
      'no page or file at /rules.pdf (looked for rules.pdf, rules.pdf.html, rules.pdf/index.html)'
    ],
    [
      'a missing stylesheet',
      page('', '<link rel="stylesheet" href="/assets/gone.css">'),
      '<link href>',
      'no page or file at /assets/gone.css (looked for assets/gone.css, assets/gone.css.html, assets/gone.css/index.html)'
    ],
    [
      'a missing script',
      page('<script type="module" src="/assets/gone.js"></script>'),
      '<script src>',
      'no page or file at /assets/gone.js (looked for assets/gone.js, assets/gone.js.html, assets/gone.js/index.html)'
    ],
    [
      'a missing image in a srcset',
      page('<img alt="" srcset="/favicon.svg 1x, /big.png 2x">'),
      '<img srcset>',
      'no page or file at /big.png (looked for big.png, big.png.html, big.png/index.html)'
    ],
    [
      'a meta refresh to a missing fragment',
      page(
        '',
        '<meta http-equiv="refresh" content="0; URL=\'/slack-rules#gone\'">'
      ),
      '<meta http-equiv="refresh">',
      'no element with id "gone" in slack-rules.html'
    ],
    [
      'a javascript: URL',
      link('javascript:alert(1)', 'Click'),
      '<a href> "Click"',
      'javascript: URLs are not allowed'
    ],
    [
      'a javascript: URL hidden by a tab and case',
      link('JavaS\tcript:alert(1)', 'Click'),
      '<a href> "Click"',
      'javascript: URLs are not allowed'
    ],
    [
      'bad percent-encoding in the fragment',
      link('/slack-rules#%E0%A4%A'),
      '<a href> "link"',
      'cannot decode the fragment #%E0%A4%A'
    ]
  ])('%s', (_name, html, source, reason) => {
    expect(checkLinks(siteWith(html)).problems).toEqual([
      { page: 'from.html', line: 1, href: expect.any(String), source, reason }
    ])
  })

  test('the message names the page, the line, the link and the reason', () => {
    const [problem] = checkLinks(
      siteWith(link('/slack-rules#nope', 'Rule 2'))
    ).problems
    expect(formatLinkProblem(problem!)).toBe(
      'from.html:1: <a href> "Rule 2" → "/slack-rules#nope": no element with id "nope" in slack-rules.html'
    )
  })

  test('the line is the line in the built file', () => {
    const html = `<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body>\n<p>x</p>\n<a href="/gone">x</a></body></html>`
    expect(checkLinks(siteWith(html)).problems[0]?.line).toBe(5)
  })
})

describe('the base path', () => {
  const options = { base: '/repo/' }

  test('links inside the base resolve', () => {
    const html = link('/repo/slack-rules#use-threads') + link('/repo/')
    expect(checkLinks(siteWith(html, options)).problems).toEqual([])
  })

  test('a link that leaves out the base is broken', () => {
    expect(
      checkLinks(siteWith(link('/slack-rules'), options)).problems[0]?.reason
    ).toBe("/slack-rules is outside the site's base path /repo/")
  })
})

describe('absolute URLs on the site’s own origin', () => {
  const options = { siteUrl: 'https://example.org' }

  test('a link to a built page is checked, fragment included', () => {
    const html = link('https://example.org/slack-rules#gone')
    expect(checkLinks(siteWith(html, options)).problems[0]?.reason).toBe(
      'no element with id "gone" in slack-rules.html'
    )
  })

  test('a link to another path on that host is external', () => {
    const report = checkLinks(
      siteWith(link('https://example.org/core/other-site.html'), options)
    )
    expect(report.problems).toEqual([])
    expect(report.external).toEqual([
      { page: 'from.html', href: 'https://example.org/core/other-site.html' }
    ])
  })

  test('a canonical link must be a built page', () => {
    const html = page(
      '',
      '<link rel="canonical" href="https://example.org/old">'
    )
    expect(checkLinks(siteWith(html, options)).problems[0]?.reason).toBe(
      'no page or file at /old (looked for old, old.html, old/index.html)'
    )
  })
})

describe('external links', () => {
  test('are collected, not checked', () => {
    const report = checkLinks(
      siteWith(
        link('https://github.com/PrefectHQ/prefect') +
          link('//cdn.example.com/x.js')
      )
    )
    expect(report.problems).toEqual([])
    expect(report.external.map(({ href }) => href)).toEqual([
      'https://github.com/PrefectHQ/prefect',
      '//cdn.example.com/x.js'
    ])
  })
})

describe('the sitemap', () => {
  const sitemap = (locs: string[]) =>
    `<?xml version="1.0"?><urlset>\n${locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('\n')}\n</urlset>`

  test('every <loc> must be a built page on the site’s URL', () => {
    const site = siteWith(link('/'), {
      siteUrl: 'https://example.org',
      extraFiles: {
        'sitemap.xml': sitemap([
          'https://example.org/slack-rules',
          'https://example.org/gone',
          'https://elsewhere.example/slack-rules'
        ])
      }
    })
    expect(checkLinks(site).problems.map(formatLinkProblem)).toEqual([
      'sitemap.xml:3: <loc> → "https://example.org/gone": no page or file at /gone (looked for gone, gone.html, gone/index.html)',
      'sitemap.xml:4: <loc> → "https://elsewhere.example/slack-rules": not on the site\'s own URL https://example.org'
    ])
  })
})
