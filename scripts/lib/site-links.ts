/**
 * The site's pages, rules, short links and redirects, as the build sees them:
 * for maintainer scripts and tests that run outside `vitepress build`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveConfig } from 'vitepress'
import { community } from '../../.vitepress/community'
import { pagePath } from '../../.vitepress/links/paths'
import type { SiteLinks } from '../../.vitepress/links/permalinks'
import { shortLinks } from '../../.vitepress/links/short-links'
import { pageTitle } from '../../.vitepress/previews/page-text'
import { redirects } from '../../.vitepress/redirects'
import { loadRules } from '../../.vitepress/rules/load-rules'
import { siteRoot } from '../../.vitepress/site-env'
import {
  welcomeMessage,
  welcomeMessageSitePaths
} from '../../.vitepress/slack/welcome-message'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
export const publicFolder = join(projectRoot, 'public')

export interface SitePage {
  /** Relative to `docs/`: `slack-rules.md`. */
  file: string
  /** As served: `/slack-rules`. */
  path: string
  title: string
}

export interface SiteSources {
  links: SiteLinks
  pages: SitePage[]
}

export async function loadSiteSources(): Promise<SiteSources> {
  const siteConfig = await resolveConfig(projectRoot, 'build', 'production')
  const rules = loadRules()
  const pages = siteConfig.pages.map((file): SitePage => {
    const served = siteConfig.rewrites.map[file] ?? file
    const markdown = readFileSync(join(siteConfig.srcDir, file), 'utf8')
    return {
      file,
      path: pagePath(served),
      title: pageTitle(markdown) ?? pagePath(served)
    }
  })
  return {
    pages,
    links: {
      pages: pages.map((page) => page.path),
      rules,
      shortLinks: shortLinks(rules),
      redirects,
      linkedFromSlack: welcomeMessageSitePaths(
        welcomeMessage({ community, rules, siteUrl: siteRoot }),
        siteRoot
      )
    }
  }
}
