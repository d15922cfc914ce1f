/**
 * Names that VitePress's default theme (1.6.4) writes in English with no
 * setting to change them: the navbar's, the sidebar's and the pager's
 * landmarks, and the navbar's "…" menu. Our pages are not hydrated, so the
 * served HTML is what a screen reader reads: each name is replaced there
 * with the page's locale's text, at build time.
 */
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import type { SiteTexts } from '../community/types'

type ThemeText = keyof SiteTexts['theme']

/** The upstream markup around each name, and the text that replaces it. */
export const upstreamLabels: readonly { around: RegExp; text: ThemeText }[] = [
  {
    around: /(id="main-nav-aria-label"[^>]*>\s*)Main Navigation(\s*<)/,
    text: 'mainNavigation'
  },
  {
    around: /(id="sidebar-aria-label"[^>]*>\s*)Sidebar Navigation(\s*<)/,
    text: 'sidebarNavigation'
  },
  {
    around: /(id="doc-footer-aria-label"[^>]*>)Pager(<)/,
    text: 'pager'
  },
  {
    around: /(<button[^>]*aria-label=")extra navigation(")/,
    text: 'extraNavigation'
  }
]

export function localizeUpstreamLabels(html: string, texts: SiteTexts): string {
  return upstreamLabels.reduce(
    (page, { around, text }) =>
      page.replace(
        around,
        (_match, before: string, after: string) =>
          `${before}${escapeHtml(texts.theme[text])}${after}`
      ),
    html
  )
}
