import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  formatHeadersFile,
  headersForPath,
  parseHeadersFile
} from '../../.vitepress/build/headers-file'
import {
  contentSecurityPolicy,
  sha256Source,
  writeSecurityHeaders
} from '../../.vitepress/build/security-headers'

/** A build output folder with these files. */
function buildWith(files: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'headers-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true })
    writeFileSync(join(outDir, file), text)
  }
  return outDir
}

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`

const appearanceScript =
  'document.documentElement.classList.toggle("dark", true)'
const vueUseStyle =
  '*,*::before,*::after{-webkit-transition:none!important;transition:none!important}'

describe('sha256Source', () => {
  test.each([
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['alert(1)', "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
  ])('%j', (text, source) => {
    expect(sha256Source(text)).toBe(source)
  })
})

describe('contentSecurityPolicy', () => {
  const inline = {
    scripts: [
      { name: 'appearance', text: appearanceScript },
      { name: 'test', text: 'alert(1)' }
    ],
    styles: [{ name: 'vueuse', text: vueUseStyle }]
  }
  const policy = contentSecurityPolicy(inline)
  const directive = (name: string, text = policy) =>
    text.split('; ').find((entry) => entry.startsWith(`${name} `))

  test('allows each listed inline script by its hash, and nothing else inline', () => {
    expect(directive('script-src')).toBe(
      `script-src 'self' ${[sha256Source(appearanceScript), sha256Source('alert(1)')].sort().join(' ')}`
    )
  })

  test('allows inline <style> elements only by hash, style attributes always', () => {
    expect(directive('style-src')).toBe(
      `style-src 'self' ${sha256Source(vueUseStyle)}`
    )
    expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'")
  })

  test('allows no other origin and no eval', () => {
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(directive('default-src')).toBe("default-src 'self'")
    expect(directive('object-src')).toBe("object-src 'none'")
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'")
  })

  test('lists each hash once', () => {
    const script = { name: 'a', text: 'a' }
    const twice = contentSecurityPolicy({
      scripts: [script, script],
      styles: []
    })
    expect(twice.match(/sha256-/g)).toHaveLength(1)
  })

  test('the meta policy is the header policy without frame-ancestors', () => {
    const meta = contentSecurityPolicy(inline, 'meta')
    expect(directive('frame-ancestors', meta)).toBeUndefined()
    expect(`${meta}; frame-ancestors 'none'`).toBe(policy)
  })
})

describe('writeSecurityHeaders', () => {
  const inline = {
    scripts: [{ name: 'appearance', text: appearanceScript }],
    styles: []
  }

  test('writes _headers with the policy for every path', () => {
    const outDir = buildWith({ 'index.html': page('') })
    writeSecurityHeaders(outDir, inline)
    const headers = Object.fromEntries(
      headersForPath(
        parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8')),
        '/slack-rules'
      )
    )
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(inline),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy':
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      'X-Frame-Options': 'DENY'
    })
  })

  test('hashes the listed scripts, never the inline scripts of the pages', () => {
    const outDir = buildWith({
      'index.html': page('<script>alert(1)</script>')
    })
    writeSecurityHeaders(outDir, inline)
    const text = readFileSync(join(outDir, '_headers'), 'utf8')
    expect(text).toContain(sha256Source(appearanceScript))
    expect(text).not.toContain(sha256Source('alert(1)'))
  })

  test('replaces any _headers already there, which only public/ could bring', () => {
    const outDir = buildWith({
      'index.html': page(''),
      _headers: '/*\n  Refresh: 0; url=https://phish.example/\n'
    })
    writeSecurityHeaders(outDir, inline)
    const rules = parseHeadersFile(
      readFileSync(join(outDir, '_headers'), 'utf8')
    )
    expect(rules.map(({ pattern }) => pattern)).toEqual(['/*'])
    expect(headersForPath(rules, '/').map(([name]) => name)).not.toContain(
      'Refresh'
    )
  })

  test('refuses a header line longer than Cloudflare Pages reads', () => {
    const scripts = Array.from({ length: 50 }, (_, index) => ({
      name: `s${index}`,
      text: `s(${index})`
    }))
    const outDir = buildWith({ 'index.html': page('') })
    expect(() => writeSecurityHeaders(outDir, { scripts, styles: [] })).toThrow(
      /^_headers has a line of \d+ characters, over the 2000 that Cloudflare Pages reads: " {2}Content-Security-Policy: default-src/
    )
  })
})

describe('the _headers file', () => {
  const rules = [
    {
      pattern: '/*',
      headers: [['X-Frame-Options', 'DENY']] as [string, string][]
    },
    {
      pattern: '/assets/*',
      headers: [['Cache-Control', 'immutable']] as [string, string][]
    },
    {
      pattern: '/r/:id',
      headers: [['X-Robots-Tag', 'noindex']] as [string, string][]
    },
    {
      pattern: '/slack-rules',
      headers: [['X-Page', 'rules']] as [string, string][]
    }
  ]

  test('formats and parses back to the same rules', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules)
  })

  test('formats in the Netlify and Cloudflare Pages syntax', () => {
    expect(formatHeadersFile(rules.slice(0, 2))).toBe(
      '/*\n  X-Frame-Options: DENY\n\n/assets/*\n  Cache-Control: immutable\n'
    )
  })

  test('ignores comments and blank lines; a value may contain colons', () => {
    expect(
      parseHeadersFile(
        '# security\n\n/*\n  Content-Security-Policy: img-src data:\n'
      )
    ).toEqual([
      { pattern: '/*', headers: [['Content-Security-Policy', 'img-src data:']] }
    ])
  })

  test.each([
    [
      'a header before any path',
      '  X-Frame-Options: DENY\n',
      '_headers:1: expected "Name: value" under a path, got "X-Frame-Options: DENY"'
    ],
    [
      'a header without a colon',
      '/*\n  nosniff\n',
      '_headers:2: expected "Name: value" under a path, got "nosniff"'
    ]
  ])('rejects %s, naming the line', (_name, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message)
  })

  test.each([
    ['/', ['X-Frame-Options']],
    ['/slack-rules', ['X-Frame-Options', 'X-Page']],
    ['/slack-rules/more', ['X-Frame-Options']],
    ['/assets/chunks/app.js', ['X-Frame-Options', 'Cache-Control']],
    ['/r/use-threads', ['X-Frame-Options', 'X-Robots-Tag']],
    ['/r/a/b', ['X-Frame-Options']]
  ])('%s gets the headers of every matching rule', (path, names) => {
    expect(headersForPath(rules, path).map(([name]) => name)).toEqual(names)
  })
})
