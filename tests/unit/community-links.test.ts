import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import {
  communityLinksPlugin,
  communityLinkTargets,
  resolveFrontmatterLinks
} from '../../.vitepress/plugins/community-links'
import { exampleCommunity as community } from './fixtures/community-fixtures'

function render(markdown: string, relativePath = 'page.md'): string {
  const md = new MarkdownIt().use(communityLinksPlugin, { community })
  return md.render(markdown, { relativePath })
}

describe('community: links', () => {
  const cases = [
    {
      name: 'the Slack invite',
      input: '[Join](community:slack)',
      expected: '<p><a href="https://chat.example.org/join">Join</a></p>\n'
    },
    {
      name: 'the project repository',
      input: '[Code](community:repository)',
      expected:
        '<p><a href="https://git.example.org/example/example">Code</a></p>\n'
    },
    {
      name: 'a resource, by id',
      input: '- [Q&A](community:forum)',
      expected:
        '<ul>\n<li><a href="https://www.forum.example.org/c/help">Q&amp;A</a></li>\n</ul>\n'
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
      /^docs\/community\.md:3: unknown link "community:dosc"\. Use one of: community:slack, community:repository, community:guide, community:forum, community:chat, or add a resource with that id to \.vitepress\/community\.ts\.$/
    )
  })
})

describe('community: links in frontmatter', () => {
  const targets = communityLinkTargets(community)

  test('hero actions and features are resolved; other links kept', () => {
    const frontmatter = {
      hero: { actions: [{ link: 'community:slack' }, { link: '/rules' }] },
      features: [{ title: 'F', link: 'community:forum' }, { title: 'G' }]
    }
    resolveFrontmatterLinks(frontmatter, targets, 'docs/index.md')
    expect(frontmatter).toEqual({
      hero: {
        actions: [{ link: 'https://chat.example.org/join' }, { link: '/rules' }]
      },
      features: [
        { title: 'F', link: 'https://www.forum.example.org/c/help' },
        { title: 'G' }
      ]
    })
  })

  test('an unknown id in a feature fails, naming the file', () => {
    expect(() =>
      resolveFrontmatterLinks(
        { features: [{ link: 'community:evil' }] },
        targets,
        'docs/index.md (frontmatter)'
      )
    ).toThrow(
      /^docs\/index\.md \(frontmatter\): unknown link "community:evil"\./
    )
  })
})
