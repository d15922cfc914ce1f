/**
 * The static pages that send a reader on to another page: short links
 * (`/r/use-threads`) and redirects (`/core/community.html`). A link-preview
 * bot runs no scripts, so the page's own `<head>` carries the preview; a
 * browser goes on by the script (which also maps old `#anchors`), the meta
 * refresh, or a visible link, whichever works first.
 */
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import {
  linkPreviewHead,
  renderHeadTags,
  type LinkPreview
} from '../previews/link-preview'

export interface ForwardingPage {
  /** Where the browser goes: a site-relative href, base included, with `#fragment`. */
  href: string
  /** Old anchors of this page → where each now lives (site-relative hrefs). */
  anchors?: Readonly<Record<string, string>>
  /** The head's link preview; its `canonical` is the page readers land on. */
  preview: LinkPreview
  /** Small line above the heading, such as "Prefect Slack rules · Rule 2". */
  eyebrow?: string
  /** The page's visible heading. */
  heading: string
  /** Optional paragraph below the heading. */
  text?: string
  /** The visible link's text. */
  linkText: string
}

/**
 * The one inline script of every forwarding page, the same text on each (it
 * reads its target from `<html data-…>`), so the CSP needs one hash. It runs
 * before the meta refresh and replaces the history entry, so Back returns to
 * where the reader came from.
 */
export const forwardingScript = [
  '(function () {',
  '  var root = document.documentElement',
  "  var anchors = JSON.parse(root.getAttribute('data-anchors') || '{}')",
  "  var target = root.getAttribute('data-forward')",
  '  var hash = location.hash',
  '  var mapped = anchors[hash.slice(1)]',
  "  location.replace(mapped || (target.indexOf('#') === -1 ? target + hash : target))",
  '})()'
].join('\n')

/**
 * Light and dark, from the reader's system setting; no external file to load.
 * Allowed by its hash (build/inline-code.ts), like the script.
 */
export const forwardingStyle = `
:root { color-scheme: light dark; --bg: #ffffff; --text: #1b1b1f; --text-2: #3c3c43; --link: #2944d6; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1b1b1f; --text: #dfdfd6; --text-2: #c2c2c6; --link: #a3b1ff; }
}
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.6 system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.5rem; overflow-wrap: anywhere; }
.eyebrow { margin: 0; font-size: 0.875rem; font-weight: 600; color: var(--text-2); }
h1 { margin: 0.25rem 0 1rem; font-size: 1.75rem; line-height: 1.25; }
a { color: var(--link); font-weight: 600; text-underline-offset: 0.2em; }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
`.trim()

export function forwardingPageHtml(page: ForwardingPage): string {
  const { preview } = page
  const anchors =
    page.anchors && Object.keys(page.anchors).length > 0
      ? ` data-anchors="${escapeHtml(JSON.stringify(page.anchors))}"`
      : ''
  return `<!DOCTYPE html>
<html lang="${escapeHtml(preview.lang)}" data-forward="${escapeHtml(page.href)}"${anchors}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(preview.documentTitle ?? preview.title)}</title>
    <script>${forwardingScript}</script>
    <meta http-equiv="refresh" content="0; url=${escapeHtml(page.href)}">
    ${renderHeadTags(linkPreviewHead(preview))}
    <style>${forwardingStyle}</style>
  </head>
  <body>
    <main>
      ${page.eyebrow ? `<p class="eyebrow">${escapeHtml(page.eyebrow)}</p>\n      ` : ''}<h1>${escapeHtml(page.heading)}</h1>
      ${page.text ? `<p>${escapeHtml(page.text)}</p>\n      ` : ''}<p><a href="${escapeHtml(page.href)}">${escapeHtml(page.linkText)}</a></p>
    </main>
  </body>
</html>
`
}
