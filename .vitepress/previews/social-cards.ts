/**
 * Social cards: the 1200×630 images that Slack and other apps show in a link
 * preview. One for the site, one per page and one per rule, described here
 * from the page data and drawn at build time (social-card-render.ts) into
 * the build output under `/social/`. Nothing is committed, so a card always
 * shows today's title, and a removed page or rule has no card.
 */
import type { Community } from '../community/types'
import type { Rule } from '../rules/rule'
import { siteTitle } from '../i18n/locale-texts'

export const socialCardSize = { width: 1200, height: 630 } as const

const socialCardFolder = '/social/'

export interface SocialCard {
  /** Site path of the PNG: `/social/rules/use-threads.png`. */
  path: string
  /** Small line above the title: what the card is about. */
  eyebrow?: string
  title: string
  /** Optional line below the title. */
  text?: string
  /** The image's alt text in link previews. */
  alt: string
  /** Shown beside the logo at the foot of the card. */
  siteName: string
}

export function siteSocialCard(community: Community): SocialCard {
  const siteName = siteTitle(community)
  return {
    path: `${socialCardFolder}site.png`,
    title: siteName,
    text: community.description,
    alt: siteName,
    siteName
  }
}

/** `/` → `home`, `/slack-rules` → `slack-rules`, `/guide/setup` → `guide-setup`. */
function pageSlug(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'
}

/** A page's card; the home page's card is the site's card. */
export function pageSocialCard(
  page: { path: string; title: string },
  community: Community
): SocialCard {
  if (page.path === '/') return siteSocialCard(community)
  const siteName = siteTitle(community)
  return {
    path: `${socialCardFolder}pages/${pageSlug(page.path)}.png`,
    title: page.title,
    alt: `${page.title}, ${siteName}`,
    siteName
  }
}

/**
 * A rule's card. `rulesTitle` is the title of the page that holds the rules,
 * from its frontmatter: the page may be called anything.
 */
export function ruleSocialCard(
  rule: Pick<Rule, 'id' | 'number' | 'title'>,
  community: Community,
  rulesTitle: string
): SocialCard {
  const eyebrow = `${rulesTitle} · Rule ${rule.number}`
  return {
    path: `${socialCardFolder}rules/${rule.id}.png`,
    eyebrow,
    title: rule.title,
    alt: `${eyebrow}: ${rule.title}, ${siteTitle(community)}`,
    siteName: siteTitle(community)
  }
}
