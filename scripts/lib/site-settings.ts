/**
 * The VitePress settings the checks of the built site need, read from the
 * site config itself so that a base path or output folder set there is
 * always respected.
 */
import { resolveConfig } from 'vitepress'

export interface SiteSettings {
  /** Absolute path of the build output, such as `/repo/.vitepress/dist`. */
  outDir: string
  /** Absolute path of the Markdown pages, such as `/repo/docs`. */
  srcDir: string
  /** The base path the site is served under: `/`, or `/repo/`. */
  base: string
  /** Whether pages are served without `.html` (`/slack-rules`). */
  cleanUrls: boolean
  /** The published origin and path from the sitemap setting, if any. */
  siteUrl?: string
}

export async function loadSiteSettings(
  root = process.cwd()
): Promise<SiteSettings> {
  const config = await resolveConfig(root, 'build', 'production')
  return {
    outDir: config.outDir,
    srcDir: config.srcDir,
    base: config.site.base,
    cleanUrls: config.cleanUrls ?? false,
    siteUrl: config.userConfig.sitemap?.hostname
  }
}
