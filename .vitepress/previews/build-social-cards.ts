/**
 * The build step that draws the social cards into the build output: one for
 * the site, one per page and one per rule, from this build's page data
 * (`buildEnd`), so none can be stale, and a card of a page or rule that is
 * gone is simply not written.
 *
 * Drawing a card takes a few hundred milliseconds, so each PNG is kept in
 * VitePress's cache folder under a hash of what it shows: a build redraws
 * only the cards whose text changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { SiteConfig } from 'vitepress'
import type { Community } from '../community/types'
import { ContentError } from '../content-error'
import type { Rule } from '../rules/rule'
import {
  loadCardFonts,
  renderSocialCard,
  socialCardLayoutVersion,
  svgDataUrl,
  type SocialCardAssets
} from './social-card-render'
import {
  pageSocialCard,
  ruleSocialCard,
  siteSocialCard,
  type SocialCard
} from './social-cards'

export interface SiteCardsInput {
  community: Community
  /** Each page's title, by page path (`/`, `/community`). */
  pages: ReadonlyMap<string, { title: string }>
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
      pageSocialCard({ path, title }, community)
    ),
    ...input.rules.map((rule) =>
      ruleSocialCard(rule, community, input.rulesTitle)
    )
  ]
}

/**
 * Reads the logo the cards show (the site's favicon.svg). `shownAs` is the
 * file's name in messages, such as `public/favicon.svg`.
 */
export function readLogo(file: string, shownAs: string): string {
  if (!existsSync(file)) {
    throw new ContentError(
      shownAs,
      'the site has no logo for its social cards.',
      `Add an SVG logo at ${shownAs} (the favicon).`
    )
  }
  const svg = readFileSync(file, 'utf8')
  if (!/<svg[\s>]/.test(svg)) {
    throw new ContentError(
      shownAs,
      'the logo is not an SVG image.',
      'Save the logo as SVG: social cards and the favicon use it.'
    )
  }
  return svg
}

/** Changes whenever the card's picture would: its text, the logo, the layout. */
export function socialCardHash(card: SocialCard, logoSvg: string): string {
  const { eyebrow, title, text, siteName } = card
  return createHash('sha256')
    .update(
      JSON.stringify({
        layout: socialCardLayoutVersion,
        card: { eyebrow, title, text, siteName },
        logoSvg
      })
    )
    .digest('hex')
    .slice(0, 20)
}

/** Writes each card to `<outDir><card.path>`; cards with the same path once. */
export async function writeSocialCards(input: {
  cards: readonly SocialCard[]
  outDir: string
  cacheDir: string
  /** The site's logo, as SVG markup. */
  logoSvg: string
}): Promise<{ drawn: number; cached: number }> {
  const cacheFolder = join(input.cacheDir, 'social-cards')
  mkdirSync(cacheFolder, { recursive: true })
  let assets: SocialCardAssets | undefined
  const result = { drawn: 0, cached: 0 }
  const unique = new Map(input.cards.map((card) => [card.path, card]))
  for (const card of unique.values()) {
    const hash = socialCardHash(card, input.logoSvg)
    const cached = join(cacheFolder, `${hash}.png`)
    if (existsSync(cached)) {
      result.cached++
    } else {
      // The fonts are read only when a card has to be drawn.
      assets ??= {
        fonts: loadCardFonts(),
        logoUrl: svgDataUrl(input.logoSvg)
      }
      writeFileSync(cached, await renderSocialCard(card, assets))
      result.drawn++
    }
    const file = join(input.outDir, card.path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, readFileSync(cached))
  }
  return result
}

export async function buildSocialCards(
  input: SiteCardsInput & { siteConfig: SiteConfig; logoFile: string }
): Promise<void> {
  const started = performance.now()
  const { siteConfig, logoFile } = input
  const { drawn, cached } = await writeSocialCards({
    cards: siteSocialCards(input),
    outDir: siteConfig.outDir,
    cacheDir: siteConfig.cacheDir,
    logoSvg: readLogo(logoFile, relative(siteConfig.root, logoFile))
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  siteConfig.logger.info(
    `social cards: ${drawn} drawn, ${cached} from the cache, in ${seconds}s`
  )
}
