/**
 * Draws a social card as a 1200×630 PNG, without a browser: satori lays out
 * a tree of elements into SVG, and resvg turns the SVG into a PNG.
 *
 * The card's text goes into the tree as plain strings, never as markup, so
 * a title such as `<img src=x>` is drawn as those characters. Satori reads
 * .woff and .ttf fonts, not .woff2: the fonts are @fontsource/inter's .woff.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import satori, { type Font } from 'satori'
import { socialCardSize, type SocialCard } from './social-cards'

/** What every card shares: the fonts and the site's logo. */
export interface SocialCardAssets {
  fonts: Font[]
  /** The logo as a `data:` URL, such as the site's favicon.svg. */
  logoUrl: string
}

/** Colours of the site's brand (`--vp-c-brand-1` in the light theme). */
const brand = '#2944d6'
const ink = '#ffffff'
const inkSoft = '#dfe4ff'

/** Bumped whenever the layout below changes, so cached cards are redrawn. */
export const socialCardLayoutVersion = 1

/** The fonts a card uses: Inter, regular and bold, Latin and Latin Extended. */
export function loadCardFonts(): Font[] {
  const require = createRequire(import.meta.url)
  const folder = join(
    dirname(require.resolve('@fontsource/inter/package.json')),
    'files'
  )
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight): Font => ({
      name: 'Inter',
      data: readFileSync(join(folder, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal'
    }))
  )
}

/** An SVG file as a `data:` URL, for the card's logo. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

type Style = Record<string, string | number>

/** An element as satori reads it: the shape of a React element. */
export interface CardElement {
  type: 'div' | 'img'
  key: null
  props: {
    style: Style
    children: CardElement[] | string
    [attribute: string]: unknown
  }
}

const div = (style: Style, children: CardElement[] | string): CardElement => ({
  type: 'div',
  key: null,
  props: { style, children }
})

/** The card as satori's element tree. */
export function socialCardTree(card: SocialCard, logoUrl: string): CardElement {
  // Satori clamps only blocks; the width keeps each block inside the padding.
  const clamp = (lines: number): Style => ({
    display: 'block',
    lineClamp: lines,
    width: '100%'
  })
  const soft = { fontSize: 32, color: inkSoft }
  // Long titles get a smaller size, so they fit in three lines.
  const titleSize =
    card.title.length > 60 ? 60 : card.title.length > 32 ? 72 : 88
  const main = div(
    { display: 'flex', flexDirection: 'column', width: '100%' },
    [
      ...(card.eyebrow
        ? [div({ ...soft, fontWeight: 700, ...clamp(1) }, card.eyebrow)]
        : []),
      div(
        {
          marginTop: card.eyebrow ? 28 : 0,
          fontSize: titleSize,
          fontWeight: 700,
          lineHeight: 1.1,
          letterSpacing: '-0.02em',
          ...clamp(3)
        },
        card.title
      ),
      ...(card.text
        ? [
            div(
              { ...soft, marginTop: 28, lineHeight: 1.35, ...clamp(3) },
              card.text
            )
          ]
        : [])
    ]
  )
  // The logo sits on a white tile, so any logo stands out on the brand blue.
  const logo = div(
    { display: 'flex', padding: 8, borderRadius: 18, backgroundColor: ink },
    [
      {
        type: 'img',
        key: null,
        props: { src: logoUrl, width: 56, height: 56, style: {}, children: [] }
      }
    ]
  )
  const footer = div(
    { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30 },
    card.siteName === card.title
      ? [logo]
      : [logo, div({ fontWeight: 700 }, card.siteName)]
  )
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // Satori sizes boxes without their padding unless told otherwise.
      boxSizing: 'border-box',
      width: socialCardSize.width,
      height: socialCardSize.height,
      padding: '72px 88px',
      backgroundColor: brand,
      color: ink,
      fontFamily: 'Inter'
    },
    [main, footer]
  )
}

/** The card as a 1200×630 PNG. */
export async function renderSocialCard(
  card: SocialCard,
  assets: SocialCardAssets
): Promise<Buffer> {
  const tree = socialCardTree(card, assets.logoUrl)
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...socialCardSize,
    fonts: assets.fonts
  })
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: socialCardSize.width }
  })
    .render()
    .asPng()
}
