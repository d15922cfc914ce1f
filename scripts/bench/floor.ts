/**
 * The benchmark's floor: the same Markdown rendered to plain HTML with
 * markdown-it, with no JavaScript and a few lines of inline CSS. It is what a
 * page costs with nothing but its words, the yardstick for our figures.
 *
 * The site's own Markdown plugins (`community:` links, `::: rule`) are
 * applied through `configureMarkdown`, so the floor holds the same content.
 * Our Vue components do not exist here: their tags are dropped and what they
 * wrap is kept, as the stock reference's stubs do.
 */
import { readPage } from '../../.vitepress/content/frontmatter'
import MarkdownIt from 'markdown-it'
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs'

export interface FloorSite {
  lang: string
  title: string
  description: string
  /** The site navigation, as in the theme config. */
  nav: readonly { text: string; link: string }[]
  /** The favicon's URL, as in the site's head; without one, the browser asks for /favicon.ico. */
  icon?: string
}

export interface FloorPageInput {
  /** The page's Markdown, frontmatter included. */
  source: string
  /** Path below `docs/`, such as `slack-rules.md`. */
  relativePath: string
  site: FloorSite
  /** Adds the site's own Markdown plugins. */
  configureMarkdown?: (md: MarkdownIt) => void
  /** Rewrites frontmatter, as the site config's `transformPageData` does. */
  transformFrontmatter?: (
    frontmatter: Record<string, unknown>,
    relativePath: string
  ) => void
}

/** Splits the frontmatter from the Markdown body, as the site reads it. */
export function splitFrontmatter(source: string): {
  frontmatter: Record<string, unknown>
  body: string
} {
  const page = readPage(source, 'page.md')
  return { frontmatter: page.data, body: page.body }
}

/** The clean URL of a page: `index.md` is `/`, `a/b.md` is `/a/b`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.replace(/\.md$/, '')
  if (path === 'index') return '/'
  return `/${path.replace(/(^|\/)index$/, '$1')}`
}

/** `## Title {#id}` gives the heading `id="id"`, as VitePress does. */
export function headingIdsPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'floor_heading_ids', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return
      const inline = state.tokens[index + 1]
      if (!inline || inline.type !== 'inline') return
      const match = /\s*\{#([^}\s]+)\}\s*$/.exec(inline.content)
      if (!match?.[1]) return
      token.attrSet('id', match[1])
      inline.content = inline.content.slice(0, match.index)
    })
  })
}

/** Links to `./page.md#x` become the clean URL `/page#x`, relative to the page. */
export function cleanLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('floor_clean_links', (state) => {
    const relativePath =
      (state.env as { relativePath?: string }).relativePath ?? 'index.md'
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue
        const href = token.attrGet('href')
        if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#'))
          continue
        const url = new URL(href, `http://floor/${relativePath}`)
        if (!url.pathname.endsWith('.md')) continue
        token.attrSet('href', pageUrl(url.pathname.slice(1)) + url.hash)
      }
    }
  })
}

/**
 * Container fences that no plugin claimed (`::: tip`, `:::`) are dropped and
 * their content kept: the floor has no styles for them.
 */
export function dropContainerFencesPlugin(md: MarkdownIt): void {
  md.block.ruler.before(
    'paragraph',
    'floor_container_fence',
    (
      state: StateBlock,
      startLine: number,
      _endLine: number,
      silent: boolean
    ) => {
      const start =
        (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0)
      const line = state.src.slice(start, state.eMarks[startLine])
      if (!/^:{3,}(\s.*)?$/.test(line.trimEnd())) return false
      if (!silent) state.line = startLine + 1
      return true
    },
    { alt: ['paragraph'] }
  )
}

/**
 * Drops the tags of Vue components (PascalCase names) and keeps what they
 * wrap: `<RuleCard id="x"><h2>…</h2></RuleCard>` becomes `<h2>…</h2>`.
 */
export function dropComponentTags(html: string): string {
  return html.replace(/<\/?[A-Z][A-Za-z0-9]*(\s[^>]*)?\/?>\n?/g, '')
}

const escapeHtml = (text: unknown): string =>
  String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

interface HomeFrontmatter {
  hero?: {
    name?: string
    text?: string
    tagline?: string
    actions?: { text?: string; link?: string }[]
  }
  features?: {
    title?: string
    details?: string
    link?: string
    linkText?: string
  }[]
}

/** The home layout's hero and features, as plain HTML. */
export function renderHome(frontmatter: HomeFrontmatter): string {
  const { hero, features = [] } = frontmatter
  const parts: string[] = []
  if (hero) {
    parts.push(
      `<h1>${escapeHtml(hero.name)}${hero.text ? `<br>${escapeHtml(hero.text)}` : ''}</h1>`
    )
    if (hero.tagline) parts.push(`<p>${escapeHtml(hero.tagline)}</p>`)
    const actions = (hero.actions ?? []).filter((action) => action.link)
    if (actions.length > 0)
      parts.push(
        `<p>${actions.map((action) => `<a href="${escapeHtml(action.link)}">${escapeHtml(action.text)}</a>`).join(' · ')}</p>`
      )
  }
  for (const feature of features) {
    parts.push(`<h2>${escapeHtml(feature.title)}</h2>`)
    if (feature.details) parts.push(`<p>${escapeHtml(feature.details)}</p>`)
    if (feature.link)
      parts.push(
        `<p><a href="${escapeHtml(feature.link)}">${escapeHtml(feature.linkText ?? feature.title)}</a></p>`
      )
  }
  return parts.join('\n')
}

/** Enough style to read comfortably, light and dark; nothing more. */
export const floorCss =
  'body{max-width:42rem;margin:0 auto;padding:1rem;font:1rem/1.6 system-ui,sans-serif;color:#1f2328;background:#fff}' +
  'a{color:#2944d6}nav a{margin-right:1rem}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25rem .5rem}' +
  '@media(prefers-color-scheme:dark){body{color:#e6e6e6;background:#1b1b1f}a{color:#a3b1ff}}'

/** One floor page: a complete HTML document. */
export function renderFloorPage(input: FloorPageInput): string {
  const { source, relativePath, site } = input
  const { frontmatter, body } = splitFrontmatter(source)
  input.transformFrontmatter?.(frontmatter, relativePath)

  const md = new MarkdownIt({ html: true, linkify: true })
  input.configureMarkdown?.(md)
  md.use(headingIdsPlugin).use(cleanLinksPlugin).use(dropContainerFencesPlugin)

  const content =
    (frontmatter.layout === 'home'
      ? renderHome(frontmatter as HomeFrontmatter) + '\n'
      : '') + dropComponentTags(md.render(body, { relativePath }))

  const pageTitle =
    typeof frontmatter.title === 'string' ? frontmatter.title : undefined
  const title = pageTitle ? `${pageTitle} | ${site.title}` : site.title
  const description =
    typeof frontmatter.description === 'string'
      ? frontmatter.description
      : site.description
  const nav = [{ text: site.title, link: '/' }, ...site.nav]
    .map(
      (item) =>
        `<a href="${escapeHtml(item.link)}">${escapeHtml(item.text)}</a>`
    )
    .join('')

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(site.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    ...(site.icon ? [`<link rel="icon" href="${escapeHtml(site.icon)}">`] : []),
    `<style>${floorCss}</style>`,
    '</head>',
    '<body>',
    `<nav aria-label="Site">${nav}</nav>`,
    '<main>',
    content.trim(),
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
