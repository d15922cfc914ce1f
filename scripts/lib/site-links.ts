/**
 * What maintainer scripts and tests need beyond the site model itself: the
 * URLs the site publishes today, and the social cards it should have.
 */
import { community } from '../../.vitepress/community'
import { currentPermalinks } from '../../.vitepress/links/permalinks'
import {
  pageSocialCard,
  ruleSocialCard,
  siteSocialCard,
  type SocialCard
} from '../../.vitepress/previews/social-cards'
import type { SiteModel } from '../../.vitepress/site/model'
import {
  welcomeMessage,
  welcomeMessageSitePaths
} from '../../.vitepress/slack/welcome-message'

/** Every URL the site publishes, the welcome message's links included. */
export function publishedUrls(model: SiteModel): string[] {
  return currentPermalinks(
    model,
    welcomeMessageSitePaths(welcomeMessage({ community, model }), model.siteUrl)
  )
}

/** Every social card the site should have: the site's, each page's (but home's) and each rule's. */
export function allSocialCards(model: SiteModel): SocialCard[] {
  return [
    siteSocialCard(community),
    ...model.pages
      .filter((page) => page.path !== '/')
      .map((page) => pageSocialCard(page, community)),
    ...model.rules.map((rule) => ruleSocialCard(rule, community))
  ]
}
