/**
 * Which Chromium the end-to-end tests drive.
 *
 * 1. `CHROMIUM_PATH`, when set.
 * 2. Playwright's own Chromium, when `npx playwright install` has put it there
 *    (an ordinary laptop).
 * 3. A system Chromium (machines where Playwright cannot download its
 *    browser): Debian's headless shell first, as Playwright itself runs
 *    headless tests in its headless shell; it starts a browser context in
 *    half the time of the full browser and cut the every-URL matrix by a
 *    quarter. Then the full browser, such as Debian's `/usr/bin/chromium`.
 */
import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

const systemChromiums = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome'
]

/**
 * Flags for a system Chromium: no sandbox when running as root, and no
 * background traffic, which a machine without network answers with a storm
 * of refused connections.
 */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export type BrowserChoice =
  | { kind: 'playwright' }
  | { kind: 'system'; executablePath: string }
  | { kind: 'none' }

function playwrightChromiumExists(): boolean {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

export function findBrowser(env = process.env): BrowserChoice {
  const override = env.CHROMIUM_PATH
  if (override) {
    if (!existsSync(override))
      throw new Error(
        `CHROMIUM_PATH is set to ${override}, but there is no file there.`
      )
    return { kind: 'system', executablePath: override }
  }
  if (playwrightChromiumExists()) return { kind: 'playwright' }
  const system = systemChromiums.find((path) => existsSync(path))
  return system ? { kind: 'system', executablePath: system } : { kind: 'none' }
}

/** Launch options for Playwright's `use.launchOptions`. */
export function launchOptions(choice = findBrowser()): LaunchOptions {
  return choice.kind === 'system'
    ? { executablePath: choice.executablePath, args: systemChromiumArgs }
    : {}
}
