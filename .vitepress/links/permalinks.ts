/**
 * The permalink registry, `permalinks.json`: every URL and rule anchor the
 * site has ever published. Slack messages, bookmarks and other sites link
 * to them for years, so a build must keep serving each one, directly or
 * through a redirect, and none is ever taken off the list
 * (`npm run permalinks:update` adds new pages and rules).
 */
import { readHtmlDocument } from '../build/html-document'
import type { SiteModel } from '../site/model'
import { anchorPath, outputFile, splitFragment, withBase } from '../site/paths'
import { LinkError } from './link-error'

export interface PermalinkRegistry {
  $comment?: string
  /** Site paths, with `#fragment` for anchors: `/slack-rules#use-threads`. */
  urls: string[]
}

/** The registry's file, from the project root. */
export const registryFile = 'permalinks.json'

export const registryComment =
  'Every URL and rule anchor this site has published. Never remove one: a moved page gets a redirect in .vitepress/redirects.ts, a renamed or removed rule keeps its old id as an alias (CONTRIBUTING.md, "Removing or renaming a rule"). `npm run permalinks:update` adds new pages and rules; `npm run adopt` empties the list for another community.'

/** Where CONTRIBUTING.md explains what to do when a URL goes. */
export const removalRecipe = 'CONTRIBUTING.md, "Removing or renaming a rule"'

/** Files the build publishes for bots, which they may fetch for years. */
export const publishedFiles = ['/rules.json', '/slack/welcome.json'] as const

/**
 * Every URL the site publishes today: pages, rule anchors and short links,
 * redirects, and the site URLs the Slack welcome message links to.
 */
export function currentPermalinks(
  model: Pick<SiteModel, 'pages' | 'rules' | 'redirects'>,
  linkedFromSlack: readonly string[]
): string[] {
  const urls = [
    ...model.pages.map((page) => page.path),
    ...model.rules.flatMap(({ links }) => [
      links.anchor,
      ...links.aliasAnchors,
      ...links.shortLinks
    ]),
    ...model.redirects.flatMap((redirect) => [
      redirect.from,
      ...Object.keys(redirect.anchors ?? {}).map((anchor) =>
        anchorPath(redirect.from, anchor)
      )
    ]),
    ...linkedFromSlack,
    ...publishedFiles
  ]
  return [...new Set(urls)]
}

/** Registry order: by path, then fragment, so diffs stay small. */
export function sortUrls(urls: Iterable<string>): string[] {
  return [...new Set(urls)].sort()
}

/** The URLs published today that the registry does not list yet. */
export function unregisteredUrls(
  registry: PermalinkRegistry,
  current: readonly string[]
): string[] {
  const known = new Set(registry.urls)
  return current.filter((url) => !known.has(url))
}

/** Adds today's URLs; never removes one. */
export function updateRegistry(
  registry: PermalinkRegistry,
  current: readonly string[]
): { registry: PermalinkRegistry; added: string[] } {
  const added = sortUrls(unregisteredUrls(registry, current))
  return {
    registry: {
      $comment: registryComment,
      urls: sortUrls([...registry.urls, ...current])
    },
    added
  }
}

/** Reads what the site serves at a path: the body, or `undefined` if nothing. */
export type LoadPath = (path: string) => Promise<string | undefined>

export type Resolution =
  { ok: true; url: string; hops: string[] } | { ok: false; problem: string }

/** How many forwarding pages a URL may pass through; more is surely a loop. */
const maxHops = 5

function isHtml(path: string): boolean {
  return outputFile(path).endsWith('.html')
}

/**
 * Follows a URL (a site path, without the base) as a browser does: through
 * forwarding pages (meta refresh, and their map of old anchors) to a page
 * that serves it, where the `#fragment` must be an element id.
 */
export async function resolvePermalink(
  url: string,
  load: LoadPath,
  base = '/'
): Promise<Resolution> {
  const hops: string[] = []
  let current = url
  for (;;) {
    const { path, fragment } = splitFragment(current)
    const body = await load(path)
    if (body === undefined) {
      return {
        ok: false,
        problem: hops.length
          ? `${url} redirects to ${current}, which is not served.`
          : `${url} is not served.`
      }
    }
    if (!isHtml(path)) {
      return fragment === undefined
        ? { ok: true, url: current, hops }
        : {
            ok: false,
            problem: `${url} has a #fragment on a file that is not a page.`
          }
    }
    const facts = readHtmlDocument(body)
    if (facts.refresh !== undefined) {
      if (hops.length >= maxHops)
        return {
          ok: false,
          problem: `${url} redirects more than ${maxHops} times: ${[...hops, current].join(' → ')}.`
        }
      hops.push(current)
      const mapped =
        fragment === undefined ? undefined : facts.anchors[fragment]
      const target = new URL(
        mapped ?? facts.refresh,
        `http://site${withBase(base, path)}`
      )
      const keepFragment =
        mapped === undefined && target.hash === '' && fragment !== undefined
      // Forwarding pages link with the base; the site's paths go without.
      const targetPath = target.pathname.startsWith(base)
        ? `/${target.pathname.slice(base.length)}`
        : target.pathname
      current = `${targetPath}${keepFragment ? `#${fragment}` : target.hash}`
      continue
    }
    if (fragment !== undefined && !facts.ids.has(fragment)) {
      return {
        ok: false,
        problem: `${url}${hops.length ? ` (via ${[...hops, current].join(' → ')})` : ''}: the page ${path} has no anchor "#${fragment}".`
      }
    }
    return { ok: true, url: current, hops }
  }
}

/** What to do about a registered URL no longer served: an alias, or a redirect. */
export function permalinkFix(url: string): string {
  const { path, fragment } = splitFragment(url)
  if (fragment !== undefined)
    return `If "#${fragment}" was a rule's id, add it to the aliases of the rule that replaces it (aliases: ${fragment}); if it was a heading, give a heading that id again.`
  const shortLink = /^\/r\/([^/]+)$/.exec(path)?.[1]
  if (shortLink !== undefined)
    return /^\d+$/.test(shortLink)
      ? `No rule has the number ${shortLink} any more: add ${shortLink} to the aliases of the rule that replaces it.`
      : `Add "${shortLink}" to the aliases of the rule that replaces it.`
  return `Restore the page, or add a redirect from ${path} to the page that replaces it in .vitepress/redirects.ts.`
}

/** The problems of every registered URL, one line each with its fix. */
export async function permalinkProblems(
  registry: PermalinkRegistry,
  load: LoadPath,
  base = '/'
): Promise<string[]> {
  const results = await Promise.all(
    registry.urls.map(async (url) => ({
      url,
      result: await resolvePermalink(url, load, base)
    }))
  )
  return results.flatMap(({ url, result }) =>
    result.ok ? [] : [`${result.problem} ${permalinkFix(url)}`]
  )
}

/** Fails the build when a registered URL is no longer served. */
export async function checkPermalinks(
  registry: PermalinkRegistry,
  load: LoadPath,
  base = '/'
): Promise<void> {
  const problems = await permalinkProblems(registry, load, base)
  if (problems.length > 0) {
    throw new LinkError(
      `${registryFile}: ${problems.length === 1 ? 'a published URL is' : `${problems.length} published URLs are`} no longer served. Published links must keep working (see ${removalRecipe}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`
    )
  }
}
