/**
 * Gives the copy button on each code block a name that every reader gets.
 *
 * VitePress's code blocks (its preWrapper plugin) carry
 * `<button title="Copy Code" class="copy"></button>`: an empty button whose
 * only name is a tooltip, which touch and keyboard users never see and which
 * html-validate (text-content) rejects. This adds an `aria-label` with the
 * same words. It wraps the fence renderer, so it must be used after
 * VitePress's own plugins (the site config's `markdown.config` is).
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
