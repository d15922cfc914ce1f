/**
 * Text read from a page's parsed Markdown: its title, as VitePress finds it,
 * and its first paragraph, the description when the frontmatter has none.
 */
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'

/** Link previews cut descriptions at about this length; so do we, at a word. */
export const descriptionMaxLength = 200

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

/** Frontmatter `title`, else the first `# heading` (without its `{#id}`). */
export function pageTitle(
  frontmatter: Record<string, unknown>,
  tokens: readonly Token[]
): string | undefined {
  const { title } = frontmatter
  if (typeof title === 'string' && title.trim() !== '') return title.trim()
  const index = tokens.findIndex(
    (token) => token.type === 'heading_open' && token.tag === 'h1'
  )
  const heading = index === -1 ? undefined : tokens[index + 1]?.content
  return heading?.replace(/\s*\{#[^}]*\}$/, '').trim()
}

/**
 * The first paragraph as plain text, or `undefined` if there is none. Skips
 * the `:::` lines of containers no plugin here reads, such as `::: tip`.
 */
export function firstParagraph(
  md: MarkdownIt,
  tokens: readonly Token[]
): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'paragraph_open') continue
    const content = (tokens[index + 1]?.content ?? '')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith(':::'))
      .join('\n')
    const text = plainText(md.parseInline(content, {})[0]?.children ?? [])
    if (text !== '') return shorten(text)
  }
  return undefined
}
