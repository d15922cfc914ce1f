import { describe, expect, test } from 'vitest'
import {
  appearanceScript,
  noTransitionStyle
} from '../../.vitepress/build/inline-code'
import {
  checkBuiltPage,
  urlScheme,
  type OutputAllowlist
} from '../../.vitepress/build/output-check'
import { previewKeys } from '../../.vitepress/build/secure-build'

const allow: OutputAllowlist = {
  scripts: new Set([appearanceScript]),
  styles: new Set([noTransitionStyle]),
  previewKeys,
  base: '/'
}

const previewTags = previewKeys
  .map((key) =>
    key.startsWith('og:')
      ? `<meta property="${key}" content="x">`
      : `<meta name="${key}" content="x">`
  )
  .join('')

/** A built page: the head holds our own tags, the body what a test adds. */
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">` +
  `<script>${appearanceScript}</script>` +
  `<script src="/assets/app.js" type="module"></script>` +
  `<link rel="canonical" href="https://site.example/page">` +
  `${previewTags}${head}</head><body>\n${body}</body></html>`

const problemsIn = (html: string) =>
  checkBuiltPage(html, allow).map(({ line, problem }) => `${line}: ${problem}`)

describe('checkBuiltPage', () => {
  test('a page with only what we ship passes', () => {
    expect(
      problemsIn(
        page(
          '<p><a href="/x">x</a> <a href="https://example.org/">y</a></p><img src="data:image/png;base64,AA" alt="">',
          `<style>${noTransitionStyle}</style>`
        )
      )
    ).toEqual([])
  })

  test('a page with no link-preview tags at all passes (the 404 page)', () => {
    const html = page('').replace(previewTags, '')
    expect(problemsIn(html)).toEqual([])
  })

  const badBodies: [name: string, body: string, problem: string][] = [
    [
      'an inline script',
      '<script>alert(1)</script>',
      'an inline <script> that is not one of the scripts we ship: "alert(1)"'
    ],
    [
      'an inline script of another type',
      '<script type="text/plain">x</script>',
      'an inline <script> that is not one of the scripts we ship: "x"'
    ],
    [
      'an SVG script',
      '<svg><script>alert(1)</script></svg>',
      'an inline <script> that is not one of the scripts we ship: "alert(1)"'
    ],
    [
      'a script from another host',
      '<script src="https://evil.example/x.js"></script>',
      '<script src="https://evil.example/x.js"> loads a script from outside /assets/'
    ],
    [
      'a protocol-relative script',
      '<script src="//evil.example/assets/x.js"></script>',
      '<script src="//evil.example/assets/x.js"> loads a script from outside /assets/'
    ],
    [
      'a script from public/',
      '<script src="/evil.js"></script>',
      '<script src="/evil.js"> loads a script from outside /assets/'
    ],
    [
      'a shipped script with a data attribute pointed elsewhere',
      `<script data-app="https://evil.example/a.js">${appearanceScript}</script>`,
      '<script data-app> carries a data attribute, which no script we ship reads'
    ],
    [
      'a data attribute naming one of our assets',
      '<script src="/assets/app.js" data-preload="/assets/chunk.js"></script>',
      '<script data-preload> carries a data attribute, which no script we ship reads'
    ],
    [
      'an onerror handler',
      '<img src="x" onerror="alert(1)">',
      '<img> has an event-handler attribute onerror="alert(1)"'
    ],
    [
      'an upper-case handler',
      '<p ONCLICK="alert(1)">x</p>',
      '<p> has an event-handler attribute onclick="alert(1)"'
    ],
    [
      'an SVG handler',
      '<svg><animate onbegin="alert(1)"></animate></svg>',
      '<animate> has an event-handler attribute onbegin="alert(1)"'
    ],
    [
      'a javascript: link',
      '<a href="javascript:alert(1)">x</a>',
      '<a href> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'a javascript: link in mixed case with spaces and a tab',
      '<a href=" JaVa&#9;ScRiPt:alert(1)">x</a>',
      '<a href> holds a javascript: URL "JaVa ScRiPt:alert(1)"'
    ],
    [
      'entities without a semicolon',
      '<a href="&#106avascript:alert(1)">x</a>',
      '<a href> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'a newline inside the scheme',
      '<a href="java\nscript:alert(1)">x</a>',
      '<a href> holds a javascript: URL "java script:alert(1)"'
    ],
    [
      'a vbscript: URL',
      '<a href="vbscript:msgbox(1)">x</a>',
      '<a href> holds a vbscript: URL "vbscript:msgbox(1)"'
    ],
    [
      'a javascript: form action',
      '<button formaction="javascript:alert(1)">x</button>',
      '<button formaction> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'a new tab without noopener or noreferrer',
      '<a href="https://evil.example" target="_BLANK" rel="nofollow">x</a>',
      '<a target="_blank"> has no rel="noreferrer" or "noopener", so the page it opens can send this tab elsewhere'
    ],
    [
      'an SVG xlink:href',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<a xlink:href> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'an SVG animation that sets href',
      '<svg><a><animate attributeName="href" values="/x;javascript:alert(1)"></animate></a></svg>',
      '<animate values> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'an SVG set to a javascript: URL',
      '<svg><a><set attributeName="href" to="javascript:alert(1)"></set></a></svg>',
      '<set to> holds a javascript: URL "javascript:alert(1)"'
    ],
    [
      'a data: link',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<a href> holds a data: URL "data:text/html,<script>alert(1)</script>"'
    ],
    [
      'an iframe',
      '<iframe src="https://evil.example/"></iframe>',
      '<iframe> is not allowed in a page'
    ],
    [
      'an object',
      '<object data="/x.swf"></object>',
      '<object> is not allowed in a page'
    ],
    ['an embed', '<embed src="/x.swf">', '<embed> is not allowed in a page'],
    [
      'a form that sends to another site',
      '<form action="https://evil.example/"><input name="password"></form>',
      '<form> is not allowed in a page'
    ],
    [
      'an inline style element',
      '<style>body{background:url(https://evil.example/)}</style>',
      'a <style> element that is not one of the styles we ship: "body{background:url(https://evil.example/)}"'
    ]
  ]

  test.each(badBodies)('finds %s', (_name, body, problem) => {
    expect(problemsIn(page(body))).toEqual([`2: ${problem}`])
  })

  const badHeads: [name: string, head: string, problem: string][] = [
    [
      'a second og:image',
      '<meta property="og:image" content="https://evil.example/x.png">',
      "2 og:image tags where the site's link previews write 1"
    ],
    [
      'an og: tag the previews never write',
      '<meta property="og:video" content="https://evil.example/x.mp4">',
      "a og:video tag, which the site's link previews never write"
    ],
    [
      'a second twitter:title',
      '<meta name="twitter:title" content="Click here">',
      "2 twitter:title tags where the site's link previews write 1"
    ],
    [
      'a delayed refresh to another site',
      '<meta http-equiv="refresh" content="30; url=https://phish.example/">',
      '<meta http-equiv="refresh"> leaves the site: "https://phish.example/"'
    ],
    [
      'a second policy',
      '<meta http-equiv="Content-Security-Policy" content="script-src *">',
      '<meta http-equiv="content-security-policy"> is not allowed in a page'
    ],
    [
      'a base element',
      '<base href="https://evil.example/">',
      '<base> is not allowed in a page'
    ],
    [
      'a preconnect to another host',
      '<link rel="preconnect" href="https://evil.example">',
      '<link rel="preconnect"> points at another site: "https://evil.example"'
    ],
    [
      'a dns-prefetch',
      '<link rel="dns-prefetch" href="//evil.example">',
      '<link rel="dns-prefetch"> points at another site: "//evil.example"'
    ]
  ]

  test.each(badHeads)('finds %s', (_name, head, problem) => {
    expect(problemsIn(page('', head))).toEqual([`1: ${problem}`])
  })

  test('finds a preview tag the page lacks when it has others', () => {
    const html = page('').replace('<meta property="og:title" content="x">', '')
    expect(problemsIn(html)).toEqual([
      "1: 0 og:title tags where the site's link previews write 1"
    ])
  })

  test('a same-site refresh passes (the short-link pages)', () => {
    expect(
      problemsIn(
        page('', '<meta http-equiv="refresh" content="0; url=/slack-rules#x">')
      )
    ).toEqual([])
  })

  test('scripts load only from the base the site is built for', () => {
    const html = page('').replace('/assets/app.js', '/pr-preview/assets/app.js')
    expect(checkBuiltPage(html, { ...allow, base: '/pr-preview/' })).toEqual([])
    expect(problemsIn(html)).toEqual([
      '1: <script src="/pr-preview/assets/app.js"> loads a script from outside /assets/'
    ])
  })
})

describe('urlScheme', () => {
  test.each([
    ['javascript:x', 'javascript'],
    ['  JAVASCRIPT:x', 'javascript'],
    ['\u0001javascript:x', 'javascript'],
    ['java\tscript:x', 'javascript'],
    ['https://example.org/', 'https'],
    ['/slack-rules', undefined],
    ['page#a:b', undefined],
    ['', undefined]
  ])('%j has scheme %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme)
  })
})
