/**
 * The site under test, as the end-to-end tests know it: read from its build
 * output (sitemap, forwarding pages, `rules.json`, `_headers`, `_redirects`)
 * and from its community config. Nothing here is a hand-kept list, so the
 * same specs run against our site and the fixture community
 * (tests/fixtures/other-community), each a Playwright project whose
 * `site` option says where its source and build are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test as base, type Page } from '@playwright/test'
import {
  headersForPath,
  parseHeadersFile
} from '../../../.vitepress/build/headers-file'
import type { Community } from '../../../.vitepress/community/types'
import { fill } from '../../../.vitepress/i18n/texts'

/** Where a site's source and build are: the `site` option of a project. */
export interface SiteOptions {
  /** The project root the site was built from (its `.vitepress/community.ts`). */
  root: string
  /** The build output folder. */
  outDir: string
}

/** A rule as the build publishes it in `/rules.json`. */
export interface BuiltRule {
  id: string
  number: number
  title: string
  summary: string
  /** Absolute URL of the rule on its page. */
  url: string
  /** Absolute permanent short link. */
  shortUrl: string
  aliases: string[]
}

export interface BuiltSite {
  community: Community
  /** The absolute root URL, base path included, without a trailing slash. */
  siteUrl: string
  /** Every page in the sitemap, as a local path such as `/slack-rules`. */
  pagePaths: string[]
  /** Every page the build writes to send readers on: short links, redirects. */
  forwardingPaths: string[]
  /** A path that is not a page, for the 404 page. */
  notFoundPath: string
  rules: BuiltRule[]
  /** The page the rules are on, such as `/slack-rules`. */
  rulesPagePath: string
  /** The `_redirects` entries: old path and where it now is. */
  redirects: { from: string; to: string }[]
  /** The local path (and #fragment) of one of the site's absolute URLs. */
  localPath(absoluteUrl: string): string
  /** Whether the build has the file a local path (such as an image) names. */
  hasFile(localPath: string): boolean
  /** The response headers the build's `_headers` file sets for a path. */
  headersFor(path: string): Record<string, string>
}

function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')
    )
    .sort()
}

/** Reads a built site. Its base path is taken from its sitemap. */
export async function readBuiltSite(options: SiteOptions): Promise<BuiltSite> {
  const outDir = resolve(options.root, options.outDir)
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8')
  const locations = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]!))
    .sort((a, b) => a.pathname.length - b.pathname.length)
  const home = locations[0]!
  const siteUrl = home.href.replace(/\/$/, '')
  const basePath = home.pathname
  const localPath = (absoluteUrl: string) => {
    if (!absoluteUrl.startsWith(`${siteUrl}/`))
      throw new Error(`${absoluteUrl} is not on the site (${siteUrl})`)
    const url = new URL(absoluteUrl)
    return `${url.pathname}${url.hash}`
  }
  const forwardingPaths = htmlFiles(outDir)
    .filter((file) => /<meta http-equiv="refresh"/i.test(read(file)))
    .map((file) => `${basePath}${file.replace(/\.html$/, '')}`)
  const { rules } = JSON.parse(read('rules.json')) as { rules: BuiltRule[] }
  const headerRules = existsSync(join(outDir, '_headers'))
    ? parseHeadersFile(read('_headers'))
    : []
  const { community } = (await import(
    pathToFileURL(resolve(options.root, '.vitepress/community.ts')).href
  )) as { community: Community }

  return {
    community,
    siteUrl,
    pagePaths: locations.map((location) => location.pathname),
    forwardingPaths,
    notFoundPath: `${basePath}no-such-page`,
    rules,
    rulesPagePath: new URL(rules[0]!.url).pathname,
    redirects: existsSync(join(outDir, '_redirects'))
      ? read('_redirects')
          .split('\n')
          .filter((line) => line.trim() !== '' && !line.startsWith('#'))
          .map((line) => {
            const [from = '', to = ''] = line.trim().split(/\s+/)
            return { from, to }
          })
      : [],
    localPath,
    hasFile: (path) =>
      existsSync(join(outDir, decodeURI(path).slice(basePath.length))),
    headersFor: (path) =>
      Object.fromEntries(
        headersForPath(headerRules, path).map(([name, value]) => [
          name.toLowerCase(),
          value
        ])
      )
  }
}

/**
 * Playwright's `test`, with the `site` option (set per project in
 * playwright.config.ts) and `builtSite`, read once per worker.
 */
export const test = base.extend<
  object,
  { site: SiteOptions; builtSite: BuiltSite }
>({
  site: [
    { root: '.', outDir: '.vitepress/dist' },
    { option: true, scope: 'worker' }
  ],
  builtSite: [
    async ({ site }, use) => use(await readBuiltSite(site)),
    { scope: 'worker' }
  ]
})

export { expect } from '@playwright/test'

/** The widths every page is checked at: a laptop, and the 320px of WCAG reflow. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 320, height: 640 }
} as const

export const modes = ['light', 'dark'] as const
export type Mode = (typeof modes)[number]

/** Makes the page start in a colour mode, as a returning reader who chose it. */
export async function useMode(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode })
  await page.addInitScript((dark) => {
    localStorage.setItem('vitepress-theme-appearance', dark ? 'dark' : 'light')
  }, mode === 'dark')
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A config text (`step {number} of …`) as a regular expression's source:
 * `values` filled in, and any other `{slot}` matching any words.
 */
export function textPattern(
  text: string,
  values: Record<string, string | number> = {}
): string {
  return escapeRegExp(fill(text, values)).replace(/\\\{\w+\\\}/g, '.+?')
}

const ownBuild = '.vitepress/dist'

/** The response headers our own build's `_headers` sets for a path. */
export function builtHeadersFor(path: string): Record<string, string> {
  const file = join(ownBuild, '_headers')
  const rules = existsSync(file)
    ? parseHeadersFile(readFileSync(file, 'utf8'))
    : []
  return Object.fromEntries(
    headersForPath(rules, path).map(([name, value]) => [
      name.toLowerCase(),
      value
    ])
  )
}

/** Every HTML file of our own build as the URL it is served at; 404 as an unknown URL. */
export function builtHtmlPaths(): string[] {
  return htmlFiles(ownBuild).map((file) =>
    file === '404.html'
      ? '/no-such-page'
      : `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`
  )
}

export { waitForHydration } from './hydration'
