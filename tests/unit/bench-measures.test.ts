import { describe, expect, test } from 'vitest'
import {
  classifyResource,
  compressedSizes,
  emptySizesByKind,
  totalOf
} from '../../scripts/lib/resource-kind'
import { formatRatio, median, ratio } from '../../scripts/bench/report'

describe('classifyResource', () => {
  test.each([
    { contentType: 'text/html; charset=utf-8', kind: 'html' },
    // A prefetched page chunk: resource type "other", but JavaScript.
    { contentType: 'text/javascript', kind: 'js' },
    { contentType: 'application/x-javascript', kind: 'js' },
    { contentType: ' Text/CSS ', kind: 'css' },
    { contentType: 'font/woff2', kind: 'fonts' },
    { contentType: 'application/font-woff', kind: 'fonts' },
    { contentType: 'image/svg+xml', kind: 'images' },
    { contentType: 'application/json', kind: 'other' },
    { contentType: undefined, kind: 'other' }
  ] as const)('$contentType is $kind', ({ contentType, kind }) => {
    expect(classifyResource(contentType)).toBe(kind)
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

describe('emptySizesByKind and totalOf', () => {
  test('every kind is present, and the total adds up the kinds', () => {
    const sums = emptySizesByKind()
    sums.js = { raw: 30, gzip: 13, brotli: 10 }
    sums.html = { raw: 3, gzip: 2, brotli: 1 }
    expect(sums.fonts).toEqual({ raw: 0, gzip: 0, brotli: 0 })
    expect(totalOf(sums, 'brotli')).toBe(11)
    expect(totalOf(sums, 'raw')).toBe(33)
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
