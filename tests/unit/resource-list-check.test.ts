import MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import { resourceListCheckPlugin } from '../../.vitepress/plugins/resource-list-check'
import { frontmatterLinesPlugin } from '../../.vitepress/plugins/source-location'

function render(markdown: string, relativePath = 'page.md'): string {
  const md = new MarkdownIt({ html: true }).use(resourceListCheckPlugin)
  return md.render(markdown, { relativePath })
}

/** The message `render` throws, or undefined. */
function errorOf(input: string): string | undefined {
  try {
    render(input, 'community.md')
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

const choices = 'group="before-you-ask", group="talk-to-us"'

describe('the <ResourceLinkList> check', () => {
  const valid = [
    {
      name: 'a known group, on its own line',
      input: 'Intro\n\n<ResourceLinkList group="before-you-ask" />\n'
    },
    {
      name: 'single quotes',
      input: "<ResourceLinkList group='talk-to-us' />"
    },
    {
      name: 'bound items instead of a group',
      input: '<ResourceLinkList :items="myResources" />'
    },
    {
      name: 'other tags and text that mention the name',
      input: '<ContactList />\n\nUse `ResourceLinkList` in Markdown.'
    }
  ]

  test.each(valid)('accepts $name', ({ input }) => {
    expect(errorOf(input)).toBeUndefined()
  })

  const invalid = [
    {
      name: 'an unknown group',
      input: 'Intro\n\n<ResourceLinkList group="talk-to-uss" />\n',
      error: `docs/community.md:3: <ResourceLinkList group="talk-to-uss">: unknown group. Use one of: ${choices}.`
    },
    {
      name: 'no group',
      input: '# Title\n\n<ResourceLinkList />\n',
      error: `docs/community.md:3: <ResourceLinkList> needs a group: ${choices}.`
    },
    {
      name: 'an empty group',
      input: '<ResourceLinkList group="" />',
      error: `docs/community.md:1: <ResourceLinkList group="">: unknown group. Use one of: ${choices}.`
    },
    {
      name: 'a bad tag on a later line of an HTML block',
      input:
        'Intro\n\n<div>\n<ResourceLinkList group="before-you-ask" />\n<ResourceLinkList group="faq" />\n</div>\n',
      error: `docs/community.md:5: <ResourceLinkList group="faq">: unknown group. Use one of: ${choices}.`
    },
    {
      name: 'a bad tag inside a paragraph',
      input: 'One\n\nSee <ResourceLinkList group="nope" /> here.',
      error: `docs/community.md:3: <ResourceLinkList group="nope">: unknown group. Use one of: ${choices}.`
    }
  ]

  test.each(invalid)(
    'fails on $name, with file and line',
    ({ input, error }) => {
      expect(errorOf(input)).toBe(error)
    }
  )

  // VitePress parses a Vue tag on its own line differently from plain
  // markdown-it (a block-level html_inline token), and removes the
  // frontmatter before parsing, so check the real renderer too.
  describe("in VitePress's own Markdown renderer", () => {
    const renderer = createMarkdownRenderer('docs', {
      config: (md) => {
        md.use(resourceListCheckPlugin)
        md.use(frontmatterLinesPlugin)
      }
    })

    async function vitepressErrorOf(input: string) {
      const md = await renderer
      try {
        md.render(input, { relativePath: 'community.md' })
      } catch (error) {
        return (error as Error).message
      }
      return undefined
    }

    const cases = [
      {
        name: 'a tag on its own line',
        input: 'Intro\n\n<ResourceLinkList group="talk-to-uss" />\n',
        line: 3
      },
      {
        name: 'a tag below frontmatter, counted from the top of the file',
        input:
          '---\ntitle: Community\ndescription: x\n---\n\n# Title\n\n<ResourceLinkList group="talk-to-uss" />\n',
        line: 8
      },
      {
        name: 'a tag below empty frontmatter',
        input: '---\n---\nIntro\n\n<ResourceLinkList group="talk-to-uss" />\n',
        line: 5
      }
    ]

    test.each(cases)(
      'fails on $name, naming line $line',
      async ({ input, line }) => {
        expect(await vitepressErrorOf(input)).toBe(
          `docs/community.md:${line}: <ResourceLinkList group="talk-to-uss">: unknown group. Use one of: ${choices}.`
        )
      }
    )

    test('accepts a known group', async () => {
      expect(
        await vitepressErrorOf('<ResourceLinkList group="talk-to-us" />\n')
      ).toBeUndefined()
    })
  })
})
