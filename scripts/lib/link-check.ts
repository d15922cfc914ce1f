/**
 * Checks every URL in the built site: each link to a page or file of the site
 * must reach a built file, and each `#fragment` must be an id on its target
 * page. VitePress's own dead-link check covers neither fragments nor assets.
 * URLs resolve as a static host serves the build: `/slack-rules` is
 * `slack-rules.html`, `/dir/` is `dir/index.html`, and the site's base path
 * (`/repo/` on GitHub Pages) is part of every internal URL.
 *
 * Absolute URLs on the site's own origin are internal when they must point
 * into the site (a canonical link, a `<meta http-equiv="refresh">`, the
 * sitemap) or when their path is a built page; other paths there are
 * external, as the host may serve other sites (the old Prefect docs share
 * ours). External URLs are collected, never fetched.
 */
import {
  readHtmlDocument,
  type HtmlDocument
} from '../../.vitepress/build/html-document'

export interface BuiltSite {
  /** Every file of the build, relative to the output folder: `assets/app.js`. */
  files: ReadonlySet<string>
  /** The text of a built file. */
  read(file: string): string
  /** The base path the site is served under: `/` or `/repo/`. */
  base: string
  /** The published URL (origin and base path); links to it are internal. */
  siteUrl?: string
}

interface LinkProblem {
  /** The file the link is in: `slack-rules.html`, or `sitemap.xml`. */
  page: string
  line: number
  /** The URL as written. */
  href: string
  /** Where it is: `<a href> "Rule 4"`. */
  source: string
  reason: string
}

interface LinkReport {
  pages: number
  /** How many internal URLs were checked. */
  checked: number
  problems: LinkProblem[]
  external: { page: string; href: string }[]
}

/** An origin no real link can have: relative URLs resolve against it. */
const localOrigin = 'https://site.invalid'

/** `index.html` → `/`, `r/x/index.html` → `/r/x/`, `a.html` → `/a.html`. */
function pageUrl(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1')
  return `${base}${path}`
}

/** The file a static host serves for a path inside the base, or undefined. */
function fileForPath(
  path: string,
  files: ReadonlySet<string>
): { file?: string; tried: string[] } {
  const tried =
    path === '' || path.endsWith('/')
      ? [`${path}index.html`]
      : [path, `${path}.html`, `${path}/index.html`]
  return { file: tried.find((candidate) => files.has(candidate)), tried }
}

/** Sources whose absolute URLs must stay inside the site. */
const siteScopedSources = new Set([
  '<link href>',
  '<meta http-equiv="refresh">',
  '<loc>'
])

type Resolution =
  | { kind: 'internal'; url: URL }
  | { kind: 'external' }
  | { kind: 'ignored' }
  | { kind: 'problem'; reason: string }

function resolve(
  href: string,
  documentUrl: string,
  site: Pick<BuiltSite, 'siteUrl' | 'base' | 'files'>,
  source: string
): Resolution {
  // Browsers strip leading and trailing whitespace, and tabs and newlines
  // anywhere, before they parse a URL.
  const cleaned = href.trim().replace(/[\t\n\r]/g, '')
  const url = URL.parse(cleaned, documentUrl)
  if (!url) return { kind: 'problem', reason: 'not a valid URL' }
  if (url.protocol === 'javascript:') {
    return { kind: 'problem', reason: 'javascript: URLs are not allowed' }
  }
  if (url.origin === localOrigin) return { kind: 'internal', url }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'ignored' } // mailto:, tel:, data: …
  }
  if (site.siteUrl && url.origin === new URL(site.siteUrl).origin) {
    const internal = new URL(
      `${url.pathname}${url.search}${url.hash}`,
      localOrigin
    )
    if (siteScopedSources.has(source))
      return { kind: 'internal', url: internal }
    const path = decode(url.pathname.slice(site.base.length))
    const isBuiltPage =
      url.pathname.startsWith(site.base) &&
      path !== undefined &&
      fileForPath(path, site.files).file !== undefined
    if (isBuiltPage) return { kind: 'internal', url: internal }
  }
  return { kind: 'external' }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

export function checkLinks(site: BuiltSite): LinkReport {
  const documents = new Map<string, HtmlDocument>()
  const documentOf = (file: string): HtmlDocument => {
    let document = documents.get(file)
    if (!document) {
      document = readHtmlDocument(site.read(file))
      documents.set(file, document)
    }
    return document
  }

  const report: LinkReport = {
    pages: 0,
    checked: 0,
    problems: [],
    external: []
  }

  /** Checks one internal URL; returns why it is broken, or undefined. */
  const brokenBecause = (url: URL): string | undefined => {
    if (!url.pathname.startsWith(site.base)) {
      return `${url.pathname} is outside the site's base path ${site.base}`
    }
    const path = decode(url.pathname.slice(site.base.length))
    if (path === undefined) return `cannot decode the path ${url.pathname}`
    const { file, tried } = fileForPath(path, site.files)
    if (!file) {
      return `no page or file at ${url.pathname} (looked for ${tried.join(', ')})`
    }
    const fragment = decode(url.hash.slice(1))
    if (fragment === undefined) return `cannot decode the fragment ${url.hash}`
    // An empty fragment, or "top" with no such id, scrolls to the top of the
    // page (https://html.spec.whatwg.org/#scroll-to-the-fragment-identifier).
    if (fragment === '' || !file.endsWith('.html')) return undefined
    const { ids } = documentOf(file)
    if (ids.has(fragment)) return undefined
    if (fragment.toLowerCase() === 'top') return undefined
    return `no element with id "${fragment}" in ${file}`
  }

  const check = (
    page: string,
    href: string,
    documentUrl: string,
    where: { source: string; label?: string; line: number }
  ): void => {
    const resolution = resolve(href, documentUrl, site, where.source)
    if (resolution.kind === 'ignored') return
    if (resolution.kind === 'external') {
      report.external.push({ page, href })
      return
    }
    const reason =
      resolution.kind === 'problem'
        ? resolution.reason
        : brokenBecause(resolution.url)
    if (resolution.kind === 'internal') report.checked++
    if (reason) {
      const source = where.label
        ? `${where.source} "${where.label}"`
        : where.source
      report.problems.push({ page, href, source, line: where.line, reason })
    }
  }

  for (const page of [...site.files].filter((file) => file.endsWith('.html'))) {
    report.pages++
    const document = documentOf(page)
    const ownUrl = new URL(pageUrl(page, site.base), localOrigin).href
    const documentUrl = document.baseHref
      ? new URL(document.baseHref, ownUrl).href
      : ownUrl
    for (const reference of document.references) {
      check(page, reference.url, documentUrl, {
        source: reference.source,
        label: reference.text,
        line: reference.line
      })
    }
  }

  if (site.files.has('sitemap.xml')) {
    const sitemap = site.read('sitemap.xml')
    for (const match of sitemap.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const line = sitemap.slice(0, match.index).split('\n').length
      const href = match[1] ?? ''
      const resolution = resolve(href, `${localOrigin}/`, site, '<loc>')
      if (resolution.kind !== 'internal') {
        report.problems.push({
          page: 'sitemap.xml',
          href,
          source: '<loc>',
          line,
          reason: `not on the site's own URL ${site.siteUrl ?? '(none set)'}`
        })
        continue
      }
      check('sitemap.xml', href, `${localOrigin}/`, { source: '<loc>', line })
    }
  }
  return report
}

/** `slack-rules.html:23: <a href> "Rule 4" → "/x#y": no element with id …` */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}:${problem.line}: ${problem.source} → "${problem.href}": ${problem.reason}`
}
