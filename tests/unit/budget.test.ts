/**
 * The page-weight budgets (scripts/lib/budget.ts): reading budgets.json,
 * sorting pages into their types, and judging a page against its budgets.
 * What a page weighs is in page-weight.test.ts; the command that puts the
 * two together, in check-budget.test.ts.
 */
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
