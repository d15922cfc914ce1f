/**
 * Site paths as readers and hosts see them. The site uses `cleanUrls`, so a
 * page `docs/slack-rules.md` is served at `/slack-rules` from the file
 * `slack-rules.html`; generated pages (short links, redirects) follow the
 * same scheme so that any static host serves them the same way.
 */

/** `slack-rules.md` → `/slack-rules`; `index.md` → `/`; `guide/index.md` → `/guide/`. */
export function pagePath(page: string): string {
  return `/${page.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`
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
