import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import { communityLinksPlugin } from '../../.vitepress/plugins/community-links'

function render(markdown: string, relativePath = 'page.md'): string {
  const md = new MarkdownIt().use(communityLinksPlugin, { community })
  return md.render(markdown, { relativePath })
}

describe('community: links', () => {
  const cases = [
    {
      name: 'the Slack invite',
      input: '[Join](community:slack)',
      expected: '<p><a href="https://prefect.io/slack">Join</a></p>\n'
    },
    {
      name: 'the project repository',
      input: '[Code](community:repository)',
      expected:
        '<p><a href="https://github.com/PrefectHQ/prefect">Code</a></p>\n'
    },
    {
      name: 'a resource, by id',
      input: '- [Q&A](community:stack-overflow)',
      expected:
        '<ul>\n<li><a href="https://stackoverflow.com/questions/tagged/prefect">Q&amp;A</a></li>\n</ul>\n'
    },
    {
      name: 'other links, unchanged',
      input: '[Rules](./slack-rules.md) and [site](https://example.org)',
      expected:
        '<p><a href="./slack-rules.md">Rules</a> and <a href="https://example.org">site</a></p>\n'
    }
  ]

  test.each(cases)('resolves $name', ({ input, expected }) => {
    expect(render(input)).toBe(expected)
  })

  test('an unknown id fails, naming the file, line and the ids that exist', () => {
    expect(() =>
      render('Intro\n\nSee [the docs](community:dosc).', 'community.md')
    ).toThrow(
      /^docs\/community\.md:3: unknown link "community:dosc"\. Use one of: community:slack, community:repository, community:slack-archive, .*or add a resource with that id to \.vitepress\/community\.ts\.$/
    )
  })
})
