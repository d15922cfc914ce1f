import { afterAll, describe, expect, it } from 'vitest'
import { fallbackPageData, fallbackText } from '../../.vitepress/i18n/fallbacks'
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
    const english = { lang: 'en-US', dir: 'ltr' } as const
    expect(fallbackPageData({ original }, repo.root, english)).toEqual({
      ...expected,
      originalLanguage: english
    })
  })
})

// The copy's text goes inside OriginalLanguage.vue, its frontmatter stays on
// top, where VitePress reads it.
describe('fallbackText', () => {
  it.each([
    {
      name: 'frontmatter and text',
      original: '---\ntitle: Guide\n---\n\n# Guide\n',
      expected:
        '---\ntitle: Guide\n---\n<OriginalLanguage>\n\n\n# Guide\n\n\n</OriginalLanguage>\n'
    },
    {
      name: 'text alone',
      original: '# Guide\n',
      expected: '<OriginalLanguage>\n\n# Guide\n\n\n</OriginalLanguage>\n'
    },
    {
      name: 'frontmatter alone',
      original: '---\nlayout: home\n---\n',
      expected:
        '---\nlayout: home\n---\n<OriginalLanguage>\n\n\n\n</OriginalLanguage>\n'
    }
  ])('$name', ({ original, expected }) => {
    expect(fallbackText(original, 'docs/guide.md')).toBe(expected)
  })

  it('a page whose frontmatter is not YAML fails, naming the file', () => {
    expect(() => fallbackText('---\ntitle: [\n---\n', 'docs/guide.md')).toThrow(
      'docs/guide.md:3: the frontmatter is not valid YAML: unexpected end of the stream within a flow collection.'
    )
  })
})
