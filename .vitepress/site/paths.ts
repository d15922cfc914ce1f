/**
 * URL shapes: the one place that knows how a page file, a rule, a short link
 * or a built file maps to a URL. With `cleanUrls`, `docs/slack-rules.md` is
 * served at `/slack-rules` from `slack-rules.html`, and generated pages
 * follow the same scheme. Paths here are site paths: from the site root,
 * without the `base`.
 */

/** `slack-rules.md` → `/slack-rules`; `index.md` → `/`; `guide/index.md` → `/guide/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`
}

/** The file that serves a path: `/r/2` → `r/2.html`, `/` → `index.html`, `/a.html` → `a.html`. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\//, '')
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`
  return /\.[a-z0-9]+$/i.test(relative) ? relative : `${relative}.html`
}

/** Splits `/slack-rules#use-threads` into its path and its fragment (without `#`). */
export function splitFragment(url: string): {
  path: string
  fragment?: string
} {
  const hash = url.indexOf('#')
  return hash === -1
    ? { path: url }
    : { path: url.slice(0, hash), fragment: url.slice(hash + 1) }
}

/** `https://example.org` + `/r/2` → `https://example.org/r/2`. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}

/** A site path as an href under the site's `base` (`/` unless deployed in a folder). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`
}

/** An element on a page: `/slack-rules` + `use-threads` → `/slack-rules#use-threads`. */
export function anchorPath(page: string, id: string): string {
  return `${page}#${id}`
}

/** The folder short links live in. */
export const shortLinkFolder = '/r/'

/** The path of a short link: `/r/2`, `/r/use-threads`. */
export function shortLinkPath(slug: string | number): string {
  return `${shortLinkFolder}${slug}`
}

/** Every URL of a rule, as site paths and as the absolute URLs readers copy. */
export function ruleLinks(
  rule: { id: string; number: number; aliases: readonly string[] },
  page: string,
  siteUrl: string
) {
  const anchor = anchorPath(page, rule.id)
  // For messages that last (a pinned welcome message): the id, because a
  // rule's number changes when rules are reordered.
  const permanentShortLink = shortLinkPath(rule.id)
  return {
    /** The rule on its page: `/slack-rules#use-threads`. */
    anchor,
    /** Its former ids on the page: `/slack-rules#rule-2`. */
    aliasAnchors: rule.aliases.map((alias) => anchorPath(page, alias)),
    /** `/r/<number>`, `/r/<id>` and `/r/<alias>`, in that order. */
    shortLinks: [rule.number, rule.id, ...rule.aliases].map(shortLinkPath),
    permanentShortLink,
    url: absoluteUrl(siteUrl, anchor),
    shortUrl: absoluteUrl(siteUrl, permanentShortLink)
  }
}

/** A page's path in a locale: `ar` + `/slack-rules` → `/ar/slack-rules`. */
export function localePath(locale: string | undefined, path: string): string {
  return locale ? `/${locale}${path}` : path
}

/** The file of a page in a locale: `ar` + `slack-rules.md` → `ar/slack-rules.md`. */
export function localeFile(locale: string | undefined, file: string): string {
  return locale ? `${locale}/${file}` : file
}
