/**
 * Social cards: the 1200×630 images that Slack and other apps show in a link
 * preview. One for the site, one per page and one per Slack rule, rendered
 * by `npm run social:cards` (a maintainer script that drives Chromium) and
 * committed under `public/social/`.
 *
 * `public/social/cards.json` records a fingerprint of each card's text and
 * template, so a test can tell when a rule's title changed and its card
 * needs rendering again. Until it is, previews use the site's card.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Community } from '../community/types'
import type { Rule } from '../rules/rule'
import { socialCardHtml } from './social-card-template'

export const socialCardSize = { width: 1200, height: 630 } as const

/** Site path of the manifest, also its path under `public/`. */
export const socialCardManifestPath = '/social/cards.json'

export interface SocialCard {
  /** Site path of the PNG, also its path under `public/`: `/social/rules/use-threads.png`. */
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

/** Card path → fingerprint of the card it holds. */
export type SocialCardManifest = Record<string, string>

export function siteSocialCard(community: Community): SocialCard {
  const siteName = `${community.name} Community`
  return {
    path: '/social/site.png',
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

export function pageSocialCard(
  page: { path: string; title: string },
  community: Community
): SocialCard {
  const siteName = `${community.name} Community`
  return {
    path: `/social/pages/${pageSlug(page.path)}.png`,
    title: page.title,
    alt: `${page.title}, ${siteName}`,
    siteName
  }
}

export function ruleSocialCard(rule: Rule, community: Community): SocialCard {
  return {
    path: `/social/rules/${rule.id}.png`,
    eyebrow: `Slack rules · Rule ${rule.number}`,
    title: rule.title,
    alt: `Rule ${rule.number} of the ${community.name} Slack: ${rule.title}`,
    siteName: `${community.name} Community`
  }
}

/**
 * Changes whenever the rendered card would: its text or the template. The
 * font and logo are left out (they are inlined as data at render time).
 */
export function socialCardFingerprint(card: SocialCard): string {
  return createHash('sha256')
    .update(socialCardHtml(card, { fontUrl: '', logoSvg: '' }))
    .digest('hex')
    .slice(0, 16)
}

export function isCardCurrent(
  card: SocialCard,
  manifest: SocialCardManifest
): boolean {
  return manifest[card.path] === socialCardFingerprint(card)
}

/** The card to show: the page's own when it is current, else the site's. */
export function chooseSocialCard(
  own: SocialCard | undefined,
  site: SocialCard,
  manifest: SocialCardManifest
): SocialCard {
  return own && isCardCurrent(own, manifest) ? own : site
}

/** What is wrong with the committed cards, one line per card. */
export function socialCardProblems(
  cards: readonly SocialCard[],
  manifest: SocialCardManifest,
  fileExists: (path: string) => boolean
): string[] {
  return cards.flatMap((card) => {
    if (!fileExists(card.path) || !(card.path in manifest))
      return [`${card.path} is missing (card "${card.title}")`]
    if (!isCardCurrent(card, manifest))
      return [`${card.path} is out of date (card "${card.title}")`]
    return []
  })
}

/** Reads `public/social/cards.json`; no file means no cards yet. */
export function loadSocialCardManifest(
  publicFolder: string
): SocialCardManifest {
  const file = join(publicFolder, socialCardManifestPath)
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as SocialCardManifest)
    : {}
}
