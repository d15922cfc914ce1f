/**
 * The name of each heading's anchor link (the `#` VitePress adds), in the
 * page's language: the theme's `permalink` text with the heading's text.
 * VitePress's own is English on every page and keeps a `{#id}` in it.
 */
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { fill } from '../i18n/texts'
import { renderedPage, type RuleCardRenderOptions } from './rule-card-render'
import type { PageEnv } from './source-location'

/** The heading's text as a reader hears it: its text and code, no markup. */
function headingText(children: readonly Token[]): string {
  return children
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('')
    .trim()
}

export function anchorLabelsPlugin(
  md: MarkdownIt,
  options: RuleCardRenderOptions = {}
): void {
  // After VitePress's markdown-it-anchor, which adds the links.
  md.core.ruler.after('anchor', 'anchor_labels', (state) => {
    const { permalink } = renderedPage(options, state.env as PageEnv).texts
      .theme
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return
      const children = state.tokens[index + 1]?.children ?? []
      const link = children.find(
        (child) =>
          child.type === 'link_open' &&
          child.attrGet('class') === 'header-anchor'
      )
      if (!link) return
      const title = headingText(children.slice(0, children.indexOf(link)))
      link.attrSet('aria-label', fill(permalink, { title }))
    })
  })
}
