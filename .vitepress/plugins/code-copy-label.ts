/**
 * Names the copy button of each code block for every reader: VitePress's
 * `<button title="Copy Code" class="copy">` is empty, named only by a
 * tooltip that touch and keyboard users never see. Wraps the fence renderer,
 * so it is used after VitePress's own plugins (`markdown.config`).
 */
import type MarkdownIt from 'markdown-it'

const copyButton = /<button title="([^"]*)" class="copy">/g

export function codeCopyLabelPlugin(md: MarkdownIt): void {
  const fence = md.renderer.rules.fence
  if (!fence) return
  md.renderer.rules.fence = (...args) =>
    fence(...args).replace(
      copyButton,
      '<button title="$1" class="copy" aria-label="$1">'
    )
}
