/**
 * Every URL the site publishes today, for `npm run permalinks:update` and the
 * test that the registry lists them all: the site model's pages, rules and
 * redirects, and the links of the Slack welcome message.
 */
import { community } from '../../.vitepress/community'
import { currentPermalinks } from '../../.vitepress/links/permalinks'
import type { SiteModel } from '../../.vitepress/site/model'
import { messageSitePaths } from '../../.vitepress/slack/block-kit'
import { welcomeMessage } from '../../.vitepress/slack/welcome-message'

export function publishedUrls(model: SiteModel): string[] {
  return currentPermalinks(
    model,
    messageSitePaths(welcomeMessage({ community, model }), model.siteUrl)
  )
}
