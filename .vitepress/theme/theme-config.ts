/**
 * Our additions to the default theme's config. The site config fills them in
 * at build time; components read them with `useData<SiteThemeConfig>()`.
 */
import type { DefaultTheme } from 'vitepress'
import type { Repository } from '../community/types'

export interface SiteThemeConfig extends DefaultTheme.Config {
  /**
   * The published site URL without a trailing slash, as resolved at build
   * time (`SITE_URL`, else `community.site.url`). Links that readers copy
   * out of the site start with it, whichever host serves the page.
   */
  siteUrl: string
  /** The repository holding this site's Markdown, when known at build time. */
  repository?: Repository
  /** Built from a proposed change (`SITE_PREVIEW=1`): every page says so. */
  preview?: boolean
}
