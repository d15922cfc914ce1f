/**
 * The site's generated links, for end-to-end tests: short links, redirects
 * and the permalink registry, from the same site model as the build.
 */
import type { APIRequestContext } from '@playwright/test'
import {
  readPageFacts,
  type PageFacts
} from '../../../.vitepress/links/page-facts'
import type { LoadPath } from '../../../.vitepress/links/permalinks'
import { loadSiteModel } from '../../../.vitepress/site/load'

/** The site model the build reads: pages, rules and every URL of each. */
export const model = loadSiteModel()

/** The site's absolute root URL, base included: what the build's previews use. */
export const siteUrl = model.siteUrl

export const rules = model.rules
export const ruleShortLinks = model.shortLinks
export const redirectPaths = model.redirects.map((redirect) => redirect.from)
export const registeredUrls = model.registry.urls

/** What the server sends for a path: the body, or `undefined` unless 200. */
export function httpLoader(request: APIRequestContext): LoadPath {
  return async (path) => {
    const response = await request.get(path, { maxRedirects: 0 })
    return response.status() === 200 ? await response.text() : undefined
  }
}

/** Fetches a page and reads its head as a link-preview bot does: no scripts. */
export async function fetchPageFacts(
  request: APIRequestContext,
  path: string
): Promise<PageFacts> {
  const response = await request.get(path, { maxRedirects: 0 })
  if (response.status() !== 200)
    throw new Error(`${path} answered ${response.status()}`)
  return readPageFacts(await response.text())
}

/** The local path of one of the site's absolute URLs. */
export function localPath(absoluteUrl: string): string {
  if (!absoluteUrl.startsWith(`${siteUrl}/`))
    throw new Error(`${absoluteUrl} is not on the site (${siteUrl})`)
  const url = new URL(absoluteUrl)
  return `${url.pathname}${url.hash}`
}
