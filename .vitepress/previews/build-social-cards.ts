/**
 * The build step that draws the social cards: one for the site, one per
 * page and one per rule, from this build's page data (`buildEnd`).
 */
import { relative } from 'node:path'
import type { SiteConfig } from 'vitepress'
import type { Community } from '../community/types'
import type { Rule } from '../rules/rule'
import type { LinkPreview } from './link-preview'
import { pageCard } from './page-preview'
import { readLogo, writeSocialCards } from './social-card-files'
import { ruleSocialCard, siteSocialCard, type SocialCard } from './social-cards'

export interface SiteCardsInput {
  community: Community
  /** Each page's title, by page path (`/`, `/community`). */
  pages: ReadonlyMap<string, Pick<LinkPreview, 'title'>>
  rules: readonly Rule[]
  /** The title of the page that holds the rules. */
  rulesTitle: string
}

/** Every card the site's previews name. */
export function siteSocialCards(input: SiteCardsInput): SocialCard[] {
  const { community } = input
  return [
    siteSocialCard(community),
    ...[...input.pages].map(([path, { title }]) =>
      pageCard({ path, title }, community)
    ),
    ...input.rules.map((rule) =>
      ruleSocialCard(rule, community, input.rulesTitle)
    )
  ]
}

export async function buildSocialCards(
  input: SiteCardsInput & { siteConfig: SiteConfig; logoFile: string }
): Promise<void> {
  const started = performance.now()
  const { drawn, cached } = await writeSocialCards({
    cards: siteSocialCards(input),
    outDir: input.siteConfig.outDir,
    cacheDir: input.siteConfig.cacheDir,
    logoSvg: readLogo(
      input.logoFile,
      relative(input.siteConfig.root, input.logoFile)
    )
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  input.siteConfig.logger.info(
    `social cards: ${drawn} drawn, ${cached} from the cache, in ${seconds}s`
  )
}
