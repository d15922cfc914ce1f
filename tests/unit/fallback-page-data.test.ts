import { afterAll, describe, expect, it } from 'vitest'
import { fallbackPageData } from '../../.vitepress/i18n/fallbacks'
import { policyRepo } from './fixtures/policy-repo'

// A fallback page is built from a copy git does not know: its footer must
// name the original's file and the date git last changed the original.
describe('fallbackPageData', () => {
  const repo = policyRepo()
  afterAll(() => repo.remove())
  repo.commit({ 'docs/guide.md': '# Guide\n' }, 'Add', '2026-03-04T05:06:07Z')
  repo.commit({ 'docs/other.md': '# Other\n' }, 'Other', '2026-05-06T07:08:09Z')

  it.each([
    {
      original: 'guide.md',
      expected: {
        filePath: 'guide.md',
        lastUpdated: Date.parse('2026-03-04T05:06:07Z')
      }
    },
    // Not in git yet (a page added in the working tree): no date rather
    // than the build's own time.
    { original: 'new.md', expected: { filePath: 'new.md' } }
  ])('$original', ({ original, expected }) => {
    expect(fallbackPageData({ original }, repo.root)).toEqual(expected)
  })
})
