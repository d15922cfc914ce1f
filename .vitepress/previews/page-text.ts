/**
 * Text read from a page's Markdown without building the site: its title (for
 * its social card) and, when its frontmatter has no description, the first
 * paragraph (for link previews).
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { readPage } from '../content/frontmatter'
import { ruleContainerPlugin } from '../plugins/rule-container'

/** Link previews cut descriptions at about this length; so do we, at a word. */
export const descriptionMaxLength = 200

// Reads `::: rule` containers as the site does, so a rule's header lines are
// not taken for a paragraph.
const parser = new MarkdownIt({ html: true }).use(ruleContainerPlugin)

function plainText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline')
        return child.content
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' '
      if (child.type === 'image') return plainText(child.children ?? [])
      return ''
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

export function shorten(
  text: string,
  maxLength = descriptionMaxLength
): string {
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/**
 * The page's title as VitePress finds it: frontmatter `title`, else the
 * first `# heading` (without its `{#id}`).
 */
export function pageTitle(markdown: string): string | undefined {
  const { data, body } = readPage(markdown, 'page.md')
  const title = data.title
  if (typeof title === 'string' && title.trim() !== '') return title.trim()
  const heading = /^#[ \t]+(.+?)[ \t]*$/m.exec(body)?.[1]
  return heading?.replace(/\s*\{#[^}]*\}$/, '')
}

/**
 * The first paragraph of Markdown as plain text, or `undefined` if there is
 * none. Skips frontmatter, and the `:::` lines of containers such as
 * `::: tip`, which plain markdown-it reads as text.
 */
export function firstParagraph(markdown: string): string | undefined {
  const { body } = readPage(markdown, 'page.md')
  const tokens = parser.parse(body, {})
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'paragraph_open') continue
    const content = (tokens[index + 1]?.content ?? '')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith(':::'))
      .join('\n')
    const text = plainText(parser.parseInline(content, {})[0]?.children ?? [])
    if (text !== '') return shorten(text)
  }
  return undefined
}
