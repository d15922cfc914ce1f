/**
 * Our additions to the default theme's config. The site config fills them in
 * at build time; components read them with `useData<SiteThemeConfig>()`.
 */
import type { DefaultTheme } from 'vitepress'
import type { Repository } from '../community/types'

export interface SiteThemeConfig extends DefaultTheme.Config {
  /** The repository holding this site's Markdown, when known at build time. */
  repository?: Repository
  /** Built from a proposed change (`SITE_PREVIEW=1`): every page says so. */
  preview?: boolean
}
