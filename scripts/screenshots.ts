/**
 * Screenshots of the built site in light, dark and phone widths, for a
 * reviewer to look at: `npm run screenshots` (builds first), PNGs in
 * `screenshots/` (gitignored).
 * Without --url it serves `.vitepress/dist` itself on a free local port.
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { launchOptions } from './lib/browser'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { values } = readCommandLine(commands.screenshots)

const views = [
  { path: '/', name: 'home', width: 1280, scheme: 'light' },
  { path: '/', name: 'home-phone-dark', width: 360, scheme: 'dark' },
  { path: '/community', name: 'community', width: 1280, scheme: 'light' },
  { path: '/community', name: 'community-phone', width: 360, scheme: 'light' },
  {
    path: '/slack-rules',
    name: 'slack-rules-dark',
    width: 1280,
    scheme: 'dark'
  },
  {
    path: '/slack-rules#use-threads',
    name: 'slack-rules-phone',
    width: 360,
    scheme: 'light'
  },
  {
    path: '/code-of-conduct',
    name: 'code-of-conduct',
    width: 1280,
    scheme: 'light'
  },
  {
    path: '/code-of-conduct',
    name: 'code-of-conduct-phone-dark',
    width: 360,
    scheme: 'dark'
  },
  { path: '/no-such-page', name: '404', width: 1280, scheme: 'dark' }
] as const

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
