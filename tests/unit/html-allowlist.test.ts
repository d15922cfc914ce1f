import { describe, expect, test } from 'vitest'
import { urlProblem } from '../../.vitepress/content/html-allowlist'

describe('URLs', () => {
  test.each([
    ['https://example.org/a', 'link', undefined],
    ['mailto:a@example.org', 'link', undefined],
    ['./page.html#x', 'link', undefined],
    ['#x', 'link', undefined],
    ['/favicon.svg', 'image', undefined],
    ['images/a.png', 'image', undefined],
    [
      ' \u0001JaVa\tScRiPt:x',
      'link',
      'the javascript: scheme is not allowed; links may use http:, https:, mailto: or a path on this site'
    ],
    [
      'vbscript:x',
      'link',
      'the vbscript: scheme is not allowed; links may use http:, https:, mailto: or a path on this site'
    ],
    [
      '//evil.example/',
      'link',
      'a link starting with // is not allowed; write https:// in full'
    ],
    ['data:image/png;base64,AA', 'image', 'a data: URL is not allowed'],
    [
      '\\\\evil.example/p.gif',
      'image',
      'an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path'
    ],
    [
      '/\\evil.example/p.gif',
      'image',
      'an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path'
    ],
    [
      'https://evil.example/p.gif',
      'image',
      'an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path'
    ],
    [
      './evil.mjs',
      'image',
      'an image must be a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports'
    ],
    [
      '~vitepress',
      'image',
      'an image must be a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports'
    ],
    [
      '@/evil.mjs',
      'image',
      'an image must be a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports'
    ],
    [
      './a.png?url',
      'image',
      'an image must be a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports'
    ],
    [
      './evil.vue',
      'image',
      'an image must be a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports'
    ]
  ] as const)('%j as a %s', (url, use, problem) => {
    expect(urlProblem(url, use)).toBe(problem)
  })
})
