/**
 * Writes the social cards into the build output, at the end of the build.
 * Each card is drawn from the page data of this build, so none can be stale,
 * and a card of a page or rule that is gone is simply not written.
 *
 * Drawing a card takes a few hundred milliseconds, so each PNG is kept in
 * VitePress's cache folder under a hash of what it shows: a build redraws
 * only the cards whose text changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ContentError } from '../content-error'
import {
  loadCardFonts,
  renderSocialCard,
  socialCardLayoutVersion,
  svgDataUrl,
  type SocialCardAssets
} from './social-card-render'
import type { SocialCard } from './social-cards'

export interface WriteSocialCardsInput {
  cards: readonly SocialCard[]
  /** The build output, such as `.vitepress/dist`. */
  outDir: string
  /** VitePress's cache folder, such as `.vitepress/cache`. */
  cacheDir: string
  /** The site's logo, as SVG markup. */
  logoSvg: string
}

export interface WriteSocialCardsResult {
  /** Cards drawn by this build. */
  drawn: number
  /** Cards taken from the cache. */
  cached: number
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
export async function writeSocialCards(
  input: WriteSocialCardsInput
): Promise<WriteSocialCardsResult> {
  const cacheFolder = join(input.cacheDir, 'social-cards')
  mkdirSync(cacheFolder, { recursive: true })
  let assets: SocialCardAssets | undefined
  const result: WriteSocialCardsResult = { drawn: 0, cached: 0 }
  const unique = new Map(input.cards.map((card) => [card.path, card]))
  for (const card of unique.values()) {
    const cached = join(
      cacheFolder,
      `${socialCardHash(card, input.logoSvg)}.png`
    )
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
