import { describe, expect, test } from 'vitest'
import {
  ContentError,
  failOnContentErrors,
  guardContent,
  isContentError,
  isVitePressBuild
} from '../../.vitepress/content-error'
import { LinkError } from '../../.vitepress/links/link-error'

describe('a content error', () => {
  const cases = [
    {
      error: new ContentError(
        'docs/rules.md:12',
        'the rule has no title.',
        'Add "title: …" to its header.'
      ),
      message:
        'docs/rules.md:12: the rule has no title. Add "title: …" to its header.'
    },
    {
      error: new ContentError('docs/rules.md', 'the page has no rules.'),
      message: 'docs/rules.md: the page has no rules.'
    }
  ]
  test.each(cases)('$message', ({ error, message }) => {
    expect(error.message).toBe(message)
    expect(isContentError(error)).toBe(true)
  })

  test('a link error is one too; a bug in our code is not', () => {
    expect(isContentError(new LinkError('permalinks.json: x.'))).toBe(true)
    expect(isContentError(new TypeError('x is undefined'))).toBe(false)
  })
})

describe('only vitepress build stops on its own', () => {
  test.each([
    [['node', '/x/node_modules/vitepress/bin/vitepress.js', 'build'], true],
    [
      ['node', '/x/node_modules/.bin/vitepress', 'build', '--outDir', 'd'],
      true
    ],
    [['node', '/x/node_modules/vitepress/bin/vitepress.js', 'dev'], false],
    [['node', '/x/node_modules/vitest/vitest.mjs', 'run'], false],
    [['node', 'scripts/build-for-tests.ts', 'build'], false]
  ])('%j → %s', (argv, expected) => {
    expect(isVitePressBuild(argv)).toBe(expected)
  })

  const problem = new ContentError('docs/a.md:1', 'a problem.', 'A fix.')

  test('elsewhere, the first problem is thrown, with its message', () => {
    expect(() => failOnContentErrors([problem])).toThrow(
      'docs/a.md:1: a problem. A fix.'
    )
    expect(() => failOnContentErrors([])).not.toThrow()
  })

  test('a guarded step passes its result, and throws its error', async () => {
    expect(guardContent(() => 2)).toBe(2)
    expect(() =>
      guardContent(() => {
        throw problem
      })
    ).toThrow('docs/a.md:1: a problem. A fix.')
    await expect(
      guardContent(() => Promise.reject(new TypeError('a bug')))
    ).rejects.toThrow('a bug')
  })
})
