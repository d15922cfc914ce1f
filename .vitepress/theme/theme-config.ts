/**
 * The theme's settings: the default theme's, plus what our components need
 * from the build. Set in `.vitepress/config.mts`, read through
 * `useData<CommunityThemeConfig>()`.
 */
import type { DefaultTheme } from 'vitepress'

export interface CommunityThemeConfig extends DefaultTheme.Config {
  /**
   * The published site URL without a trailing slash, as resolved at build
   * time (`SITE_URL`, else `community.site.url`). Links that readers copy
   * out of the site start with it, whichever host serves the page.
   */
  siteUrl: string
}
