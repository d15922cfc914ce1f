/**
 * What a built page weighs (scripts/lib/page-weight.ts): the files its HTML,
 * stylesheets and modules ask for, each counted once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  buildFiles,
  fontUrls,
  pageFiles,
  pageReferences,
  staticImports
} from '../../scripts/lib/page-weight'

describe('pageReferences, staticImports and fontUrls', () => {
  test('what the HTML asks for, by type, without repeats', () => {
    const html = `<head>
      <link rel="preload stylesheet" href="/assets/style.css" as="style">
      <link rel="stylesheet" href="/vp-icons.css">
      <link rel="preload" href="/assets/inter.woff2" as="font" type="font/woff2" crossorigin>
      <link rel="modulepreload" href="/assets/chunks/theme.js">
      <link rel="prefetch" href="/assets/other.md.js">
      <link rel="icon" href="/favicon.svg">
      <script type="module" src="/assets/app.js"></script>
      <script data-src="/assets/not-loaded.js">inline()</script>
    </head><body><img src="/logo.png" alt=""><IMG SRC='/logo.png'></body>`
    expect(pageReferences(html)).toEqual({
      css: ['/assets/style.css', '/vp-icons.css'],
      js: ['/assets/chunks/theme.js', '/assets/app.js'],
      fonts: ['/assets/inter.woff2'],
      images: ['/favicon.svg', '/logo.png']
    })
  })

  test('static imports of minified modules, not dynamic ones', () => {
    const code =
      'import{a as b,c}from"./chunks/framework.js";import"./side.js";' +
      'export{d}from"./re.js";const e=()=>import("./lazy.js");export{b as default};'
    expect(staticImports(code)).toEqual([
      './chunks/framework.js',
      './side.js',
      './re.js'
    ])
  })

  test('font files named in a stylesheet, not images', () => {
    const css =
      '@font-face{src:url(/assets/inter.woff2) format("woff2"),url("/assets/inter.woff")}' +
      ".a{background:url(/bg.png)}@font-face{src:url('/assets/inter.woff2')}"
    expect(fontUrls(css)).toEqual(['/assets/inter.woff2', '/assets/inter.woff'])
  })
})

describe('pageFiles', () => {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'))
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dist, path)), { recursive: true })
    writeFileSync(join(dist, path), text)
  }
  afterAll(() => rmSync(dist, { recursive: true, force: true }))

  write(
    'guide/page.html',
    '<link rel="stylesheet" href="../assets/style.css"><script type="module" src="/assets/app.js"></script>' +
      '<link rel="icon" href="https://cdn.example.org/icon.svg">'
  )
  write('assets/style.css', '@font-face{src:url(./font.woff2)}')
  write('assets/font.woff2', 'FONT')
  write(
    'assets/app.js',
    'import{a}from"./chunks/framework.js";import("./lazy.js")'
  )
  write('assets/chunks/framework.js', 'import"./shared.js";export const a=1')
  write('assets/chunks/shared.js', 'import"../app.js"')
  write('broken.html', '<script src="/assets/missing.js"></script>')

  test('the page, its stylesheet and fonts, and its module graph once each; no other origin', () => {
    const files = pageFiles(buildFiles(dist), 'guide/page.html')
    expect(files.map((file) => [file.kind, file.url])).toEqual([
      ['html', '/guide/page.html'],
      ['css', '/assets/style.css'],
      ['fonts', '/assets/font.woff2'],
      ['js', '/assets/app.js'],
      ['js', '/assets/chunks/framework.js'],
      ['js', '/assets/chunks/shared.js']
    ])
    expect(files.every((file) => file.sizes.brotli > 0)).toBe(true)
  })

  test('a file the page loads but the build lacks fails, naming both', () => {
    expect(() => pageFiles(buildFiles(dist), 'broken.html')).toThrow(
      'broken.html loads /assets/missing.js, which is not in the build.'
    )
  })
})
