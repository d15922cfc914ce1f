/**
 * Screenshots of the built site in light, dark and phone widths, for a
 * reviewer to look at: `npm run screenshots` (builds first), PNGs in
 * `screenshots/` (gitignored). Which pages: lib/screenshot-views.ts.
 * Without --url it serves `.vitepress/dist` itself on a free local port.
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { loadSiteModel } from '../.vitepress/site/load'
import { launchOptions } from './lib/browser'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { screenshotViews } from './lib/screenshot-views'

const { values } = readCommandLine(commands.screenshots)

const views = screenshotViews(loadSiteModel())

async function main(): Promise<void> {
  const server = values.url
    ? undefined
    : // Its own process group, so that stopping it also stops the server
      // that npx starts beneath it.
      spawn('npx', ['tsx', 'scripts/serve.ts', '--port', values.port], {
        stdio: 'ignore',
        detached: true
      })
  const base = values.url ?? `http://127.0.0.1:${values.port}`
  mkdirSync(values.out, { recursive: true })
  const browser = await chromium.launch(launchOptions())
  try {
    for (const view of views) {
      const page = await browser.newPage({
        viewport: { width: view.width, height: 900 },
        colorScheme: view.scheme
      })
      // The server may still be starting.
      for (let attempt = 0; ; attempt++) {
        try {
          await page.goto(base + view.path)
          break
        } catch (error) {
          if (attempt > 20) throw error
          await page.waitForTimeout(250)
        }
      }
      await page.evaluate(() => document.fonts.ready)
      const file = `${values.out}/${view.name}.png`
      await page.screenshot({ path: file })
      console.log(file)
      await page.close()
    }
  } finally {
    await browser.close()
    if (server?.pid) process.kill(-server.pid)
  }
}

await main()
