import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import { communityLinksPlugin } from '../../.vitepress/plugins/community-links'
import {
  cleanLinksPlugin,
  dropComponentTags,
  dropContainerFencesPlugin,
  headingIdsPlugin,
  pageUrl,
  renderFloorPage,
  renderHome,
  splitFrontmatter,
  type FloorSite
} from '../../scripts/bench/floor'
import { exampleCommunity as community } from './fixtures/community-fixtures'

const site: FloorSite = {
  lang: 'en-US',
  title: 'Example Community',
  description: 'The site description.',
  nav: [{ text: 'Rules', link: '/slack-rules' }]
}

describe('splitFrontmatter', () => {
  test('reads YAML frontmatter and returns the body', () => {
    expect(splitFrontmatter('---\ntitle: Rules\n---\n# Hi\n')).toEqual({
      frontmatter: { title: 'Rules' },
      body: '# Hi\n'
    })
  })

  test('a page without frontmatter is all body', () => {
    expect(splitFrontmatter('# Hi\n')).toEqual({
      frontmatter: {},
      body: '# Hi\n'
    })
  })

  test('malformed YAML fails with the parser message', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow(
      /unexpected end|flow collection/
    )
  })
})

describe('pageUrl', () => {
  test.each([
    ['index.md', '/'],
    ['slack-rules.md', '/slack-rules'],
    ['guide/index.md', '/guide/'],
    ['guide/start.md', '/guide/start']
  ])('%s is served at %s', (file, url) => {
    expect(pageUrl(file)).toBe(url)
  })
})

describe('the floor Markdown plugins', () => {
  const render = (markdown: string, relativePath = 'page.md'): string =>
    new MarkdownIt({ html: true })
      .use(headingIdsPlugin)
      .use(cleanLinksPlugin)
      .use(dropContainerFencesPlugin)
      .render(markdown, { relativePath })

  test.each([
    {
      name: 'an explicit heading id becomes the id',
      input: '## Use threads {#use-threads}',
      expected: '<h2 id="use-threads">Use threads</h2>\n'
    },
    {
      name: 'a heading without an id is left alone',
      input: '## Plain',
      expected: '<h2>Plain</h2>\n'
    },
    {
      name: 'a link to a Markdown page becomes its clean URL, with the fragment',
      input: '[Rules](./slack-rules.md#use-threads)',
      expected: '<p><a href="/slack-rules#use-threads">Rules</a></p>\n'
    },
    {
      name: 'a link to a page from a page in a folder',
      input: '[Up](../index.md)',
      relativePath: 'guide/start.md',
      expected: '<p><a href="/">Up</a></p>\n'
    },
    {
      name: 'external and fragment links are unchanged',
      input: '[Ext](https://example.org/a.md) [Here](#x)',
      expected:
        '<p><a href="https://example.org/a.md">Ext</a> <a href="#x">Here</a></p>\n'
    },
    {
      name: 'unclaimed container fences are dropped, their text kept',
      input: '::: tip\nBe kind.\n:::',
      expected: '<p>Be kind.</p>\n'
    }
  ])('$name', ({ input, expected, relativePath }) => {
    expect(render(input, relativePath)).toBe(expected)
  })
})

describe('dropComponentTags', () => {
  test.each([
    { input: '<ReportRoutes />\n<p>After</p>', expected: '<p>After</p>' },
    {
      input: '<RuleCard rule-id="a" :number="1"><h2 id="a">A</h2></RuleCard>\n',
      expected: '<h2 id="a">A</h2>'
    },
    {
      input: '<p>Keep <code>&lt;Tag&gt;</code> and <strong>x</strong></p>',
      expected: '<p>Keep <code>&lt;Tag&gt;</code> and <strong>x</strong></p>'
    }
  ])('$input', ({ input, expected }) => {
    expect(dropComponentTags(input)).toBe(expected)
  })
})

describe('renderHome', () => {
  test('the hero and features as headings, paragraphs and links, escaped', () => {
    expect(
      renderHome({
        hero: {
          name: 'Example <Community>',
          text: 'Ask & share',
          tagline: 'Welcome.',
          actions: [
            { text: 'Join', link: 'https://example.org/join' },
            { text: 'No link' }
          ]
        },
        features: [
          {
            title: 'Rules',
            details: 'Seven rules.',
            link: '/slack-rules',
            linkText: 'Read'
          }
        ]
      })
    ).toBe(
      [
        '<h1>Example &lt;Community&gt;<br>Ask &amp; share</h1>',
        '<p>Welcome.</p>',
        '<p><a href="https://example.org/join">Join</a></p>',
        '<h2>Rules</h2>',
        '<p>Seven rules.</p>',
        '<p><a href="/slack-rules">Read</a></p>'
      ].join('\n')
    )
  })
})

describe('renderFloorPage', () => {
  test('a whole page: title, description, navigation, content, no script', () => {
    const html = renderFloorPage({
      source:
        '---\ntitle: Slack rules\ndescription: Seven rules.\n---\n# Slack rules {#slack-rules}\n\n[Join](community:slack)\n\n<ReportRoutes />\n',
      relativePath: 'slack-rules.md',
      site: { ...site, icon: '/favicon.svg' },
      configureMarkdown: (md) => md.use(communityLinksPlugin, { community })
    })
    expect(html).toContain('<html lang="en-US">')
    expect(html).toContain('<title>Slack rules | Example Community</title>')
    expect(html).toContain('<meta name="description" content="Seven rules.">')
    expect(html).toContain(
      '<nav aria-label="Site"><a href="/">Example Community</a><a href="/slack-rules">Rules</a></nav>'
    )
    expect(html).toContain('<h1 id="slack-rules">Slack rules</h1>')
    expect(html).toContain('<a href="https://chat.example.org/join">Join</a>')
    expect(html).not.toContain('ReportRoutes')
    expect(html).toContain('<link rel="icon" href="/favicon.svg">')
    expect(html).not.toMatch(/<script|<link rel="stylesheet"/)
  })

  test('the home layout renders its frontmatter, after the site transform', () => {
    const html = renderFloorPage({
      source:
        '---\nlayout: home\nhero:\n  name: Home\n  actions:\n    - text: Join\n      link: community:slack\n---\n',
      relativePath: 'index.md',
      site,
      transformFrontmatter: (frontmatter) => {
        const hero = frontmatter.hero as { actions: { link: string }[] }
        for (const action of hero.actions)
          action.link = action.link.replace(
            'community:slack',
            'https://example.org/slack'
          )
      }
    })
    expect(html).toContain('<title>Example Community</title>')
    expect(html).toContain(
      '<meta name="description" content="The site description.">'
    )
    expect(html).toContain('<h1>Home</h1>')
    expect(html).not.toContain('rel="icon"')
    expect(html).toContain('<a href="https://example.org/slack">Join</a>')
  })

  test('a Markdown error names the file and line, as in the real build', () => {
    expect(() =>
      renderFloorPage({
        source: 'Intro\n\n[Bad](community:nope)\n',
        relativePath: 'community.md',
        site,
        configureMarkdown: (md) => md.use(communityLinksPlugin, { community })
      })
    ).toThrow(/^docs\/community\.md:3: unknown link "community:nope"/)
  })
})
