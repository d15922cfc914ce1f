/**
 * The link preview of each page VitePress renders, for `transformHead`:
 * title, description (frontmatter, else the first paragraph), absolute URLs
 * and the page's social card.
 */
import type { Community } from '../community/types'
import { absoluteUrl, pagePath } from '../site/paths'
import type { LinkPreview } from './link-preview'
import { pageSocialCard, socialCardSize, type SocialCard } from './social-cards'
import { siteTitle } from '../i18n/locale-texts'

export interface PagePreviewInput {
  /** The page's file, relative to `docs/`: `slack-rules.md`. */
  page: string
  /** The page's `title`, from frontmatter or its first heading. */
  title: string
  /** The frontmatter's `description`, else the first paragraph (site model). */
  description?: string
  /** The page's locale, such as `ar`: the site's name is in its words. */
  locale?: string
  /** The language of the page's text, when not the site's (a translation). */
  lang?: string
  community: Community
  siteUrl: string
}

/** A card as a preview's image; the build draws every card it names. */
export function socialImage(
  card: SocialCard,
  siteUrl: string
): LinkPreview['image'] {
  return {
    url: absoluteUrl(siteUrl, card.path),
    alt: card.alt,
    ...socialCardSize
  }
}

export function pagePreview(input: PagePreviewInput): LinkPreview {
  const { community, siteUrl } = input
  const path = pagePath(input.page)
  const isHome = path === '/'
  const title = isHome || !input.title ? siteTitle(community) : input.title
  const description = input.description?.trim() || community.description
  const url = absoluteUrl(siteUrl, path)
  return {
    title,
    description,
    url,
    canonical: url,
    siteName: siteTitle(community, input.locale),
    lang: input.lang ?? community.lang,
    image: socialImage(pageSocialCard({ path, title }, community), siteUrl)
  }
}
