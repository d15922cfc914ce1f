import { describe, expect, test } from 'vitest'
import { isServablePath } from '../../scripts/lib/served-path'

describe('isServablePath', () => {
  test.each([
    '/',
    '/slack-rules',
    '/slack-rules?x=1#use-threads',
    '/assets/app.abc.js',
    '/r/use-threads',
    '/pr-preview/slack-rules',
    '/social/pages/index.png',
    '/headers',
    '/my_headers'
  ])('serves %s', (url) => {
    expect(isServablePath(url)).toBe(true)
  })

  test.each([
    ['_headers', '/_headers'],
    ['a trailing slash', '/_headers/'],
    ['a lower-case escape', '/%5fheaders'],
    ['upper-case escapes', '/%5F%68eaders'],
    ['a double escape', '/%255fheaders'],
    ['a double slash', '//_headers'],
    ['a dot segment', '/./_headers'],
    ['a parent segment', '/x/../_headers'],
    ['an escaped parent segment', '/x/%2e%2e/_headers'],
    ['a backslash', '/x\\..\\_headers'],
    ['an escaped slash', '/x%2f..%2f_headers'],
    ['other case', '/_HEADERS'],
    ['a query', '/_headers?x=1'],
    ['_redirects', '/_redirects'],
    ['a preview build', '/pr-preview/_headers'],
    ['a dot-folder', '/.git/'],
    ['a file in a dot-folder', '/.git/config'],
    ['an escaped dotfile', '/%2eenv'],
    ['a bare parent', '/..'],
    ['a malformed escape', '/%E0%A4%A'],
    ['a NUL byte', '/index%00.html']
  ])('refuses %s: %s', (_name, url) => {
    expect(isServablePath(url)).toBe(false)
  })
})
