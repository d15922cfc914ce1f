/**
 * `npm run social:cards`: renders the social cards (the images in link
 * previews) into `public/social/` and records their fingerprints in
 * `public/social/cards.json`. Commit both.
 *
 * Renders only cards that are missing or out of date (a rule's title
 * changed, or the template did); `--all` renders every card again.
 * Needs Chromium, found as the end-to-end tests find it.
 *
 * Usage: tsx scripts/social-cards.ts [--all]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { socialCardHtml } from '../.vitepress/previews/social-card-template'
import {
  isCardCurrent,
  loadSocialCardManifest,
  socialCardFingerprint,
  socialCardManifestPath,
  socialCardSize,
  type SocialCardManifest
} from '../.vitepress/previews/social-cards'
import { launchOptions } from './lib/browser'
import { loadSiteModel, projectRoot } from '../.vitepress/site/load'
import { allSocialCards } from './lib/site-links'

const publicFolder = join(projectRoot, 'public')

const { values } = parseArgs({ options: { all: { type: 'boolean' } } })

// VitePress ships Inter, the site's font; inline it so the page needs no server.
const require = createRequire(import.meta.url)
const fontFile = join(
  dirname(require.resolve('vitepress/package.json')),
  'dist/client/theme-default/fonts/inter-roman-latin.woff2'
)
const assets = {
  fontUrl: `data:font/woff2;base64,${readFileSync(fontFile).toString('base64')}`,
  logoSvg: readFileSync(join(publicFolder, 'favicon.svg'), 'utf8')
}

const cards = allSocialCards(loadSiteModel())
const manifest = loadSocialCardManifest(publicFolder)
const toRender = values.all
  ? cards
  : cards.filter((card) => !isCardCurrent(card, manifest))

const browser = await chromium.launch(launchOptions())
try {
  const page = await browser.newPage({
    viewport: socialCardSize,
    deviceScaleFactor: 1
  })
  for (const card of toRender) {
    await page.setContent(socialCardHtml(card, assets))
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    const file = join(publicFolder, card.path)
    mkdirSync(dirname(file), { recursive: true })
    await page.screenshot({ path: file, type: 'png' })
    console.log(`rendered ${card.path}`)
  }
} finally {
  await browser.close()
}

// Only cards the site still has; sorted so that diffs stay small.
const updated: SocialCardManifest = Object.fromEntries(
  cards
    .map((card) => [card.path, socialCardFingerprint(card)] as const)
    .sort(([a], [b]) => a.localeCompare(b))
)
writeFileSync(
  join(publicFolder, socialCardManifestPath),
  `${JSON.stringify(updated, null, 2)}\n`
)
console.log(
  `${toRender.length} of ${cards.length} cards rendered; ${socialCardManifestPath} updated.`
)
