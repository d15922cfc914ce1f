import { describe, expect, test } from 'vitest'
import {
  classifyResource,
  compressedSizes,
  sumByKind,
  totalOf
} from '../../scripts/lib/resource-kind'
import { formatRatio, median, ratio } from '../../scripts/bench/report'

describe('classifyResource', () => {
  const cases = [
    {
      name: 'a clean-URL page, by its Content-Type',
      resource: {
        url: 'http://127.0.0.1/slack-rules',
        contentType: 'text/html; charset=utf-8',
        resourceType: 'document'
      },
      kind: 'html'
    },
    {
      name: 'a clean-URL page without a Content-Type, by resource type',
      resource: {
        url: 'http://127.0.0.1/slack-rules',
        resourceType: 'document'
      },
      kind: 'html'
    },
    {
      name: 'a prefetched page chunk (resource type "other")',
      resource: {
        url: 'http://127.0.0.1/assets/index.md.abc.js',
        contentType: 'text/javascript',
        resourceType: 'other'
      },
      kind: 'js'
    },
    {
      name: 'an old-style JavaScript type',
      resource: { url: '/a', contentType: 'application/x-javascript' },
      kind: 'js'
    },
    {
      name: 'a stylesheet by extension, with a query',
      resource: { url: '/vp-icons.css?v=1' },
      kind: 'css'
    },
    {
      name: 'a web font served as octet-stream',
      resource: {
        url: '/assets/inter.woff2',
        contentType: 'application/octet-stream',
        resourceType: 'font'
      },
      kind: 'fonts'
    },
    {
      name: 'a font by Content-Type',
      resource: { url: '/f', contentType: 'font/woff2' },
      kind: 'fonts'
    },
    {
      name: 'an SVG favicon',
      resource: { url: '/favicon.svg', contentType: 'image/svg+xml' },
      kind: 'images'
    },
    {
      name: 'JSON data',
      resource: { url: '/hashmap.json', contentType: 'application/json' },
      kind: 'other'
    },
    {
      name: 'an unparsable URL with nothing else known',
      resource: { url: 'http://[bad' },
      kind: 'other'
    }
  ] as const

  test.each(cases)('$name is $kind', ({ resource, kind }) => {
    expect(classifyResource(resource)).toBe(kind)
  })
})

describe('compressedSizes', () => {
  const text = new TextEncoder().encode('body { color: red; }\n'.repeat(200))

  test('text compresses, brotli at least as well as gzip', () => {
    const sizes = compressedSizes(text, 'css')
    expect(sizes.raw).toBe(text.byteLength)
    expect(sizes.gzip).toBeLessThan(sizes.raw / 10)
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip)
  })

  test('fonts and raster images count as sent: already compressed', () => {
    expect(compressedSizes(text, 'fonts')).toEqual({
      raw: text.byteLength,
      gzip: text.byteLength,
      brotli: text.byteLength
    })
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])
    expect(compressedSizes(png, 'images')).toEqual({
      raw: 8,
      gzip: 8,
      brotli: 8
    })
  })

  test('an SVG image is text and compresses', () => {
    const svg = new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h1v1z"/>'.repeat(100)}</svg>`
    )
    expect(compressedSizes(svg, 'images').brotli).toBeLessThan(
      svg.byteLength / 5
    )
  })
})

describe('sumByKind and totalOf', () => {
  test('add up per kind, and every kind is present', () => {
    const sums = sumByKind([
      { kind: 'js', sizes: { raw: 10, gzip: 5, brotli: 4 } },
      { kind: 'js', sizes: { raw: 20, gzip: 8, brotli: 6 } },
      { kind: 'html', sizes: { raw: 3, gzip: 2, brotli: 1 } }
    ])
    expect(sums.js).toEqual({ raw: 30, gzip: 13, brotli: 10 })
    expect(sums.fonts).toEqual({ raw: 0, gzip: 0, brotli: 0 })
    expect(totalOf(sums, 'brotli')).toBe(11)
  })
})

describe('median', () => {
  test.each([
    { values: [3], expected: 3 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [5, Number.NaN, 1, 3], expected: 3 },
    { values: [], expected: Number.NaN },
    { values: [Number.NaN], expected: Number.NaN }
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected)
  })
})

describe('ratio', () => {
  test.each([
    { ours: 50, reference: 100, expected: 0.5, printed: '0.50×' },
    { ours: 140, reference: 100, expected: 1.4, printed: '1.40×' },
    { ours: 0, reference: 0, expected: 1, printed: '1.00×' },
    { ours: 3, reference: 0, expected: undefined, printed: 'n/a' },
    { ours: Number.NaN, reference: 2, expected: undefined, printed: 'n/a' }
  ])(
    '$ours over $reference is $printed',
    ({ ours, reference, expected, printed }) => {
      expect(ratio(ours, reference)).toBe(expected)
      expect(formatRatio(ratio(ours, reference))).toBe(printed)
    }
  )
})
