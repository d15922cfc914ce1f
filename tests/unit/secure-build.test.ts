import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { SiteConfig } from 'vitepress'
import { describe, expect, test } from 'vitest'
import {
  appearanceScript,
  macOsScript
} from '../../.vitepress/build/inline-code'
import {
  metaPolicyElement,
  secureBuiltSite,
  withMetaPolicy
} from '../../.vitepress/build/secure-build'
import { contentSecurityPolicy } from '../../.vitepress/build/security-headers'

describe('withMetaPolicy', () => {
  const policy = "default-src 'self'"
  const meta = metaPolicyElement(policy)

  test('goes right after <meta charset>, before any script or stylesheet', () => {
    const html =
      '<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset="utf-8">\n    <link rel="stylesheet" href="/a.css">\n    <script src="/a.js"></script>'
    expect(withMetaPolicy(html, policy)).toBe(
      `<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset="utf-8">\n    ${meta}\n    <link rel="stylesheet" href="/a.css">\n    <script src="/a.js"></script>`
    )
  })

  test('goes first in a head without <meta charset>', () => {
    expect(withMetaPolicy('<html><head><script></script>', policy)).toBe(
      `<html><head>${meta}<script></script>`
    )
  })

  test('goes first in a page without a head', () => {
    expect(withMetaPolicy('<!doctype html><p>Hi', policy)).toBe(
      `<!doctype html>${meta}<p>Hi`
    )
  })

  test('escapes the policy for the attribute', () => {
    expect(metaPolicyElement(`a "b" & c`)).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c">'
    )
  })
})

/** A fake build: outDir with these files, and the config that made them. */
function built(files: Record<string, string>): SiteConfig {
  const root = mkdtempSync(join(tmpdir(), 'secure-build-'))
  const outDir = join(root, 'dist')
  const siteData = { base: '/', title: 'T' }
  const all = { 'hashmap.json': '{"index.md":"abc"}', ...files }
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true })
    writeFileSync(join(outDir, file), text)
  }
  // public/evil.html is copied to the output as it is (mpa-output.ts).
  mkdirSync(join(root, 'public'))
  writeFileSync(join(root, 'public/evil.html'), files['evil.html'] ?? '')
  return {
    root,
    outDir,
    srcDir: join(root, 'docs'),
    pages: ['index.md', 'guide/rules.md'],
    rewrites: { map: {}, inv: {} },
    site: siteData,
    vite: { publicDir: join(root, 'public') }
  } as unknown as SiteConfig
}

const scripts = () =>
  `<script>${appearanceScript}</script><script>${macOsScript}</script>`

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${scripts()}</head><body>${body}</body></html>`

describe('secureBuiltSite', () => {
  test('puts the meta policy in every page and the full policy in _headers', () => {
    const config = built({ 'index.html': page('<p>Hi</p>') })
    const inline = secureBuiltSite(config)
    const html = readFileSync(join(config.outDir, 'index.html'), 'utf8')
    expect(html).toContain(
      `<meta charset="utf-8">\n    ${metaPolicyElement(contentSecurityPolicy(inline, 'meta'))}`
    )
    expect(readFileSync(join(config.outDir, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy(inline)}`
    )
  })

  test.each([
    [
      'a page',
      'guide/rules.html',
      'docs/guide/rules.md: In the built page guide/rules.html, line 1: an inline <script> that is not one of the scripts we ship: "alert(1)".'
    ],
    [
      'a file in public/',
      'evil.html',
      'public/evil.html: In the built page evil.html, line 1: an inline <script> that is not one of the scripts we ship: "alert(1)".'
    ],
    [
      'a page the build writes',
      'r/x.html',
      'a page the build writes (.vitepress/links/publish-links.ts): In the built page r/x.html, line 1:'
    ]
  ])('fails on a script in %s, naming its source', (_name, file, message) => {
    const config = built({
      'index.html': page(''),
      [file]: page('<script>alert(1)</script>')
    })
    expect(() => secureBuiltSite(config)).toThrow(message)
  })

  test('fails on a file of public/ at a path the build writes', () => {
    const config = built({
      'index.html': page(''),
      'search-index/root.json': '{"documentIds":{"0":"/#a"}}'
    })
    mkdirSync(join(config.root, 'public/search-index'))
    writeFileSync(
      join(config.root, 'public/search-index/root.json'),
      '{"documentIds":{"0":"javascript:alert(1)"}}'
    )
    expect(() => secureBuiltSite(config)).toThrow(
      'public/search-index/root.json: the build writes its own search-index/root.json, which this file would replace or be replaced by: rename it or remove it.'
    )
  })

  test("fails on VitePress's site-data script, which MPA pages never hold", () => {
    const config = built({
      'index.html': page(
        '<script>window.__VP_HASH_MAP__=JSON.parse("{}")</script>'
      )
    })
    expect(() => secureBuiltSite(config)).toThrow(
      'docs/index.md: In the built page index.html, line 1: an inline <script> that is not one of the scripts we ship: "window.__VP_HASH_MAP__'
    )
  })

  test('fails when a bundled script inserts a style that is not listed', () => {
    const config = built({
      'index.html': page(''),
      'assets/app.js': 'const s="*,*::before,*::after{color:red}"'
    })
    expect(() => secureBuiltSite(config)).toThrow(
      'assets/app.js inserts a <style> that is not on the list in .vitepress/build/inline-code.ts: "*,*::before,*::after{color:red}".'
    )
  })
})
