/**
 * The HTML that `npm run social:cards` screenshots into a 1200×630 PNG.
 * Flat colours and one font keep the PNGs small.
 */
import { escapeHtml } from './link-preview'
import type { SocialCard } from './social-cards'

export interface SocialCardAssets {
  /** A URL (a `data:` URL when rendering) of the Inter variable font. */
  fontUrl: string
  /** The site's logo, as inline SVG markup. */
  logoSvg: string
}

/** Colours of the site's brand (`--vp-c-brand-1` in the light theme). */
const brand = '#2944d6'
const ink = '#ffffff'
const inkSoft = '#dfe4ff'

export function socialCardHtml(
  card: SocialCard,
  assets: SocialCardAssets
): string {
  // Long titles get a smaller size so they fit on three lines.
  const titleSize =
    card.title.length > 60 ? 60 : card.title.length > 32 ? 72 : 88
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<style>
@font-face { font-family: Inter; src: url("${assets.fontUrl}") format("woff2"); font-weight: 100 900; }
* { box-sizing: border-box; margin: 0; }
html, body { width: 1200px; height: 630px; }
body {
  display: flex; flex-direction: column; justify-content: space-between;
  padding: 72px 88px; background: ${brand}; color: ${ink};
  font-family: Inter, sans-serif; -webkit-font-smoothing: antialiased;
}
.eyebrow { font-size: 32px; font-weight: 600; color: ${inkSoft}; }
h1 { margin-top: 28px; font-size: ${titleSize}px; line-height: 1.1; font-weight: 750; letter-spacing: -0.02em; }
p.text { margin-top: 28px; font-size: 32px; line-height: 1.35; color: ${inkSoft}; }
.logo { display: flex; align-items: center; gap: 20px; font-size: 30px; font-weight: 650; }
.logo svg { width: 64px; height: 64px; }
/* The logo's tile is the card's own blue: invert it so it stands out. */
.logo svg rect { fill: ${ink}; }
.logo svg path { fill: ${brand}; }
</style>
</head>
<body>
<main>
${card.eyebrow ? `<p class="eyebrow">${escapeHtml(card.eyebrow)}</p>` : ''}
<h1>${escapeHtml(card.title)}</h1>
${card.text ? `<p class="text">${escapeHtml(card.text)}</p>` : ''}
</main>
<footer class="logo">${assets.logoSvg}${card.siteName === card.title ? '' : `<span>${escapeHtml(card.siteName)}</span>`}</footer>
</body>
</html>
`
}
