import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import { policyPages } from '../../.vitepress/policy/policies'
import { loadSiteModel } from '../../.vitepress/site/load'
import { policyVersionPlugin } from '../../.vitepress/plugins/policy-version'

// A translation of the code of conduct, and its original.
const pages = [
  {
    file: 'code-of-conduct.md',
    original: 'code-of-conduct.md',
    frontmatter: { version: '1.1', effectiveDate: '2026-12-01' }
  },
  {
    file: 'ar/code-of-conduct.md',
    original: 'code-of-conduct.md',
    frontmatter: { translationOf: { version: '1.0' } }
  }
]

function render(
  markdown: string,
  frontmatter: Record<string, unknown>,
  relativePath = 'code-of-conduct.md'
): string {
  const md = new MarkdownIt({ html: true }).use(policyVersionPlugin, {
    policies: policyPages(loadSiteModel().pages),
    pages
  })
  return md.render(markdown, { relativePath, frontmatter })
}

describe('policy version plugin', () => {
  const cases = [
    {
      name: 'a policy page: under the title, linking to its changes',
      markdown: '# Code of conduct\n\nText.',
      frontmatter: { version: '1.0', effectiveDate: '2026-11-25' },
      relativePath: 'code-of-conduct.md',
      expected:
        '<h1>Code of conduct</h1>\n' +
        '<PolicyVersion version="1.0" effective-date="2026-11-25" changes-link="/changes#code-of-conduct" />\n' +
        '<p>Text.</p>\n'
    },
    {
      name: 'a date that YAML read as a Date',
      markdown: '# Slack rules',
      frontmatter: {
        version: '2.0',
        effectiveDate: new Date('2027-01-31T00:00:00Z')
      },
      relativePath: 'slack-rules.md',
      expected:
        '<h1>Slack rules</h1>\n' +
        '<PolicyVersion version="2.0" effective-date="2027-01-31" changes-link="/changes#slack-rules" />\n'
    },
    {
      name: 'a versioned page that is not a policy: the Changes page itself',
      markdown: 'No title.',
      frontmatter: { version: '1.0', effectiveDate: '2026-11-25' },
      relativePath: 'other.md',
      expected:
        '<PolicyVersion version="1.0" effective-date="2026-11-25" changes-link="/changes" />\n' +
        '<p>No title.</p>\n'
    },
    {
      name: 'a version with markup in it, escaped',
      markdown: '# Code of conduct',
      frontmatter: { version: '1" onclick="x', effectiveDate: '2026-11-25' },
      relativePath: 'code-of-conduct.md',
      expected:
        '<h1>Code of conduct</h1>\n' +
        '<PolicyVersion version="1&quot; onclick=&quot;x" effective-date="2026-11-25" changes-link="/changes#code-of-conduct" />\n'
    },
    {
      name: "a translated policy: its original's version and date",
      markdown: '# مدونة السلوك',
      frontmatter: pages[1]!.frontmatter,
      relativePath: 'ar/code-of-conduct.md',
      expected:
        '<h1>مدونة السلوك</h1>\n' +
        '<PolicyVersion version="1.1" effective-date="2026-12-01" changes-link="/changes#code-of-conduct" />\n'
    },
    {
      name: 'a page without a version: unchanged',
      markdown: '# Community guide',
      frontmatter: { title: 'Community guide' },
      relativePath: 'community.md',
      expected: '<h1>Community guide</h1>\n'
    },
    {
      name: 'a version without an effective date: unchanged (the lint reports it)',
      markdown: '# Code of conduct',
      frontmatter: { version: '1.0' },
      relativePath: 'code-of-conduct.md',
      expected: '<h1>Code of conduct</h1>\n'
    }
  ]

  test.each(cases)(
    '$name',
    ({ markdown, frontmatter, relativePath, expected }) => {
      expect(render(markdown, frontmatter, relativePath)).toBe(expected)
    }
  )
})
