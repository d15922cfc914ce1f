/** Facts about the built site that the end-to-end tests share. */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { listFiles } from '../../../.vitepress/build/files'
import {
  headersForPath,
  parseHeadersFile
} from '../../../.vitepress/build/headers-file'

const distFolder = '.vitepress/dist'

/** Every page path in the built sitemap, such as `/slack-rules`. */
export function builtPagePaths(): string[] {
  const sitemap = readFileSync(`${distFolder}/sitemap.xml`, 'utf8')
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname
  )
}

/**
 * Every HTML file of the build as the URL it is served at (`/slack-rules`,
 * `/`), redirect pages included; the 404 page as an unknown URL.
 */
export function builtHtmlPaths(): string[] {
  return listFiles(distFolder)
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file === '404.html'
        ? '/no-such-page'
        : `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`
    )
}

/** The response headers the build's `_headers` file sets for `path`. */
export function builtHeadersFor(path: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(`${distFolder}/_headers`, 'utf8'))
  return Object.fromEntries(
    headersForPath(rules, path).map(([name, value]) => [
      name.toLowerCase(),
      value
    ])
  )
}

/** The widths every page is checked at: a small phone and a laptop. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 }
} as const

/** The pages in the top navigation, with their titles and main headings. */
export const navigationPages = [
  { path: '/community', title: 'Community guide', heading: 'Community guide' },
  { path: '/slack-rules', title: 'Slack rules', heading: 'Slack rules' },
  {
    path: '/code-of-conduct',
    title: 'Code of conduct',
    heading: 'Code of conduct'
  }
] as const

/**
 * The published rule ids. They are permanent: Slack messages link to them,
 * so this list only ever grows.
 */
export const ruleIds = [
  'assume-positive-intent',
  'use-threads',
  'no-sensitive-information',
  'write-good-questions',
  'tag-people-sparingly',
  'ask-in-public',
  'no-unrelated-promotion'
] as const

/** Makes the page start in dark mode, as a returning reader who chose it. */
export const darkModeInitScript = (): void => {
  localStorage.setItem('vitepress-theme-appearance', 'dark')
}

/**
 * Waits until the page has hydrated: VitePress gives the dark-mode switch
 * its title only once the app has mounted.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page
    .locator('.VPSwitchAppearance[title]:not([title=""])')
    .first()
    .waitFor({ state: 'attached' })
}
