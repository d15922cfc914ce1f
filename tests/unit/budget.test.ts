import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  overBudget,
  pagesByType,
  parseBudgetFile,
  type BudgetKey,
  type PageType
} from '../../scripts/lib/budget'
import {
  buildFiles,
  fontUrls,
  pageFiles,
  pageReferences,
  staticImports
} from '../../scripts/lib/page-weight'

const validFile = {
  compression: 'brotli',
  pageTypes: [
    { name: 'home', files: ['index.html'], budgetsKiB: { js: 60, total: 80 } },
    { name: 'doc', files: ['**/*.html'], budgetsKiB: { html: 8 } }
  ]
}

const withType = (entry: unknown): unknown => ({
  compression: 'brotli',
  pageTypes: [entry]
})
const parse = (data: unknown) => parseBudgetFile(JSON.stringify(data))

describe('parseBudgetFile', () => {
  test('reads a valid file', () => {
    expect(parse(validFile)).toEqual(validFile)
  })

  const fields = 'html, js, css, fonts, images, other, total'
  test.each([
    {
      name: 'not an object',
      data: [],
      message:
        'budgets.json: expected an object with "compression" and "pageTypes".'
    },
    {
      name: 'an unknown compression',
      data: { ...validFile, compression: 'zstd' },
      message: 'budgets.json: compression must be "brotli" or "gzip".'
    },
    {
      name: 'no page types',
      data: { compression: 'gzip', pageTypes: [] },
      message:
        'budgets.json: pageTypes must be a list with at least one page type.'
    },
    {
      name: 'a page type that is not an object',
      data: withType('home'),
      message: 'budgets.json: pageTypes.0 must be an object.'
    },
    {
      name: 'a page type without a name',
      data: withType({ files: ['index.html'], budgetsKiB: {} }),
      message: 'budgets.json: pageTypes.0.name must be a non-empty string.'
    },
    {
      name: 'a name used twice',
      data: {
        compression: 'brotli',
        pageTypes: [validFile.pageTypes[0], validFile.pageTypes[0]]
      },
      message: 'budgets.json: pageTypes two page types have the same name.'
    },
    {
      name: 'files that are not globs',
      data: withType({ name: 'home', files: 'index.html', budgetsKiB: {} }),
      message:
        'budgets.json: pageTypes.0.files must be a list of globs such as "index.html" or "r/**".'
    },
    {
      name: 'an empty glob',
      data: withType({ name: 'home', files: [''], budgetsKiB: {} }),
      message:
        'budgets.json: pageTypes.0.files.0 must be a list of globs such as "index.html" or "r/**".'
    },
    {
      name: 'budgets that are not an object',
      data: withType({ name: 'home', files: ['index.html'], budgetsKiB: 60 }),
      message:
        'budgets.json: pageTypes.0.budgetsKiB must be an object of KiB by resource type.'
    },
    {
      name: 'a misspelt resource type',
      data: withType({
        name: 'home',
        files: ['index.html'],
        budgetsKiB: { jss: 60 }
      }),
      message: `budgets.json: pageTypes.0.budgetsKiB.jss is not a budget; use ${fields}.`
    },
    {
      name: 'a negative budget',
      data: withType({
        name: 'home',
        files: ['index.html'],
        budgetsKiB: { js: -1 }
      }),
      message:
        'budgets.json: pageTypes.0.budgetsKiB.js must be a number of KiB, 0 or more.'
    },
    {
      name: 'a budget written as text',
      data: withType({
        name: 'home',
        files: ['index.html'],
        budgetsKiB: { css: '20' }
      }),
      message:
        'budgets.json: pageTypes.0.budgetsKiB.css must be a number of KiB, 0 or more.'
    }
  ])('fails on $name, naming the field', ({ data, message }) => {
    expect(() => parse(data)).toThrow(message)
  })

  test('fails on a file that is not JSON, naming it', () => {
    expect(() =>
      parseBudgetFile('{ "compression": ', 'a/budgets.json')
    ).toThrow(/^a\/budgets\.json: cannot read it as JSON/)
  })
})

describe('pagesByType', () => {
  const dist = mkdtempSync(join(tmpdir(), 'budget-types-'))
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  for (const page of [
    'index.html',
    'r/1.html',
    'community.html',
    'guide/start.html'
  ]) {
    mkdirSync(dirname(join(dist, page)), { recursive: true })
    writeFileSync(join(dist, page), '')
  }

  test('the first type that matches wins; none may match', () => {
    const budgets = parse({
      compression: 'brotli',
      pageTypes: [
        { name: 'home', files: ['index.html'], budgetsKiB: {} },
        { name: 'redirect', files: ['r/**'], budgetsKiB: {} },
        { name: 'doc', files: ['*.html'], budgetsKiB: {} }
      ]
    })
    expect(
      pagesByType(dist, budgets).map(({ page, type }) => [page, type?.name])
    ).toEqual([
      ['community.html', 'doc'],
      ['guide/start.html', undefined],
      ['index.html', 'home'],
      ['r/1.html', 'redirect']
    ])
  })
})

describe('overBudget', () => {
  const doc: PageType = {
    name: 'doc',
    files: ['*.html'],
    budgetsKiB: { html: 8, js: 60, fonts: 0, total: 100 }
  }
  const bytes = (
    over: Partial<Record<BudgetKey, number>>
  ): Record<BudgetKey, number> => ({
    html: 4096,
    js: 50 * 1024,
    css: 20 * 1024,
    fonts: 0,
    images: 0,
    other: 0,
    total: 74 * 1024,
    ...over
  })

  test('a page within every budget passes; a key without a budget is not checked', () => {
    expect(
      overBudget('a.html', doc, bytes({ css: 900 * 1024 }), 'brotli')
    ).toEqual([])
  })

  test('exactly at the budget passes; one byte over fails', () => {
    expect(
      overBudget('a.html', doc, bytes({ js: 60 * 1024 }), 'brotli')
    ).toEqual([])
    expect(
      overBudget('a.html', doc, bytes({ js: 60 * 1024 + 1 }), 'brotli')
    ).toHaveLength(1)
  })

  test('a pull request that doubles the JavaScript fails with a clear message', () => {
    const [js, total, ...rest] = overBudget(
      'slack-rules.html',
      doc,
      bytes({ js: 120 * 1024, total: 144 * 1024 }),
      'brotli'
    )
    expect(rest).toEqual([])
    expect(total).toContain('the total is 144.0 KiB brotli')
    expect(js).toBe(
      'slack-rules.html (doc page): JavaScript is 120.0 KiB brotli, over its budget of 60.0 KiB by 60.0 KiB. ' +
        'Make the page lighter, or raise pageTypes "doc" budgetsKiB.js in budgets.json and say why in the pull request.'
    )
  })

  test('a web font on a page with a zero font budget', () => {
    expect(
      overBudget(
        'index.html',
        doc,
        bytes({ fonts: 68 * 1024 }),
        'gzip',
        'config/budgets.json'
      )
    ).toEqual([
      'index.html (doc page): fonts (every file its CSS names) is 68.0 KiB gzip, over its budget of 0.0 KiB by 68.0 KiB. ' +
        'Make the page lighter, or raise pageTypes "doc" budgetsKiB.fonts in config/budgets.json and say why in the pull request.'
    ])
  })
})

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

describe('npm run check:budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-budget-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const dist = join(dir, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" src="/assets/app.js"></script>'
  )
  writeFileSync(
    join(dist, 'assets/app.js'),
    `export const big=${JSON.stringify(Array.from({ length: 4000 }, (_, i) => i.toString(36)))}`
  )

  function run(budgets: unknown): { status: number | null; output: string } {
    const file = join(dir, 'budgets.json')
    writeFileSync(
      file,
      typeof budgets === 'string' ? budgets : JSON.stringify(budgets)
    )
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/check-budget.ts',
        '--dist',
        dist,
        '--budgets',
        file
      ],
      { encoding: 'utf8' }
    )
    return { status: result.status, output: result.stdout + result.stderr }
  }

  test('passes a build within its budgets', () => {
    const { status, output } = run({
      compression: 'brotli',
      pageTypes: [
        { name: 'home', files: ['index.html'], budgetsKiB: { js: 100 } }
      ]
    })
    expect(output).toContain('Every page is within its budget.')
    expect(status).toBe(0)
  })

  test('fails a build over budget, naming page, type, size and budget', () => {
    const { status, output } = run({
      compression: 'gzip',
      pageTypes: [
        { name: 'home', files: ['index.html'], budgetsKiB: { js: 1 } }
      ]
    })
    expect(output).toMatch(
      /- index\.html \(home page\): JavaScript is \d+\.\d KiB gzip, over its budget of 1\.0 KiB by \d+\.\d KiB\./
    )
    expect(status).toBe(1)
  })

  test('fails on a page that no type matches', () => {
    const { status, output } = run({
      compression: 'brotli',
      pageTypes: [{ name: 'doc', files: ['docs/**'], budgetsKiB: {} }]
    })
    expect(output).toContain('index.html matches no page type in')
    expect(status).toBe(1)
  })

  test('fails on a budget file that is not JSON', () => {
    const { status, output } = run('{ "compression": ')
    expect(output).toMatch(/budgets\.json: cannot read it as JSON/)
    expect(status).toBe(1)
  })
})
