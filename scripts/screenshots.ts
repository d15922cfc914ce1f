/**
 * `npm run screenshots [-- --url <url>] [--out <folder>]`: screenshots of the
 * built site in light, dark and phone widths, for a reviewer to look at. It
 * builds first, then serves `.vitepress/dist` on a free local port, or takes
 * a running site at `--url`. The PNGs go to `screenshots/` (gitignored), or
 * `--out`. Which pages: lib/screenshot-views.ts.
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { loadSiteModel } from '../.vitepress/site/load'
import { launchOptions } from './lib/browser'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { startServer } from './lib/local-server'
import { screenshotViews } from './lib/screenshot-views'

const { values } = readCommandLine(commands.screenshots)

const views = screenshotViews(loadSiteModel())
const server = values.url ? undefined : await startServer('.vitepress/dist')
const base = values.url ?? server?.url
mkdirSync(values.out, { recursive: true })
const browser = await chromium.launch(launchOptions())
try {
  for (const view of views) {
    const page = await browser.newPage({
      viewport: { width: view.width, height: 900 },
      colorScheme: view.scheme
    })
    await page.goto(`${base}${view.path}`)
    await page.evaluate(() => document.fonts.ready)
    const file = `${values.out}/${view.name}.png`
    await page.screenshot({ path: file })
    console.log(file)
    await page.close()
  }
} finally {
  await browser.close()
  server?.stop()
}
