/**
 * What a built page makes the browser download on a first visit, read from
 * its HTML without a browser: the budget check measures these files.
 *
 * - stylesheets: `<link rel="stylesheet">` (VitePress writes
 *   `rel="preload stylesheet"`);
 * - scripts: `<script src>`, `<link rel="modulepreload">`, the URLs of the
 *   after-paint loader (`data-app`, `data-preload`), and every module those
 *   import statically, however deep;
 * - fonts: `<link rel="preload" as="font">`, and every font file the page's
 *   stylesheets name (an upper bound: the browser fetches only the fonts its
 *   text uses);
 * - images: `<img src>` and `<link rel="icon">`.
 *
 * Chunks that VitePress prefetches when the reader is idle, and modules a
 * button loads when pressed (search), are not part of a first load.
 */

export interface Tag {
  name: string
  attributes: Record<string, string>
}

/** The start tags of some HTML, with their attributes (names lowercased). */
export function startTags(html: string, names: readonly string[]): Tag[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  const tags: Tag[] = []
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!wanted.has(name)) continue
    const attributes: Record<string, string> = {}
    for (const attribute of (match[2] ?? '').matchAll(
      /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
    )) {
      const key = (attribute[1] ?? '').toLowerCase()
      attributes[key] = decodeEntities(
        attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
      )
    }
    tags.push({ name, attributes })
  }
  return tags
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export interface PageReferences {
  stylesheets: string[]
  scripts: string[]
  fonts: string[]
  images: string[]
}

const relTokens = (tag: Tag): string[] =>
  (tag.attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean)

/** The URLs a page's HTML asks for, by type, in document order, without repeats. */
export function pageReferences(html: string): PageReferences {
  const references: PageReferences = {
    stylesheets: [],
    scripts: [],
    fonts: [],
    images: []
  }
  const add = (list: string[], url: string | undefined): void => {
    if (url && !list.includes(url)) list.push(url)
  }
  for (const tag of startTags(html, ['link', 'script', 'img'])) {
    const { attributes } = tag
    if (tag.name === 'link') {
      const rel = relTokens(tag)
      if (rel.includes('stylesheet'))
        add(references.stylesheets, attributes.href)
      else if (rel.includes('modulepreload'))
        add(references.scripts, attributes.href)
      else if (rel.includes('preload') && attributes.as === 'font')
        add(references.fonts, attributes.href)
      else if (rel.includes('icon')) add(references.images, attributes.href)
    } else if (tag.name === 'script') {
      add(references.scripts, attributes.src)
      add(references.scripts, attributes['data-app'])
      for (const url of (attributes['data-preload'] ?? '').split(/\s+/))
        add(references.scripts, url)
    } else {
      add(references.images, attributes.src)
    }
  }
  return references
}

/**
 * The modules a JavaScript module imports statically: `import … from "x"`,
 * `import "x"` and `export … from "x"`. Dynamic `import("x")` is left out:
 * it loads later, if at all.
 */
export function staticImports(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(
    /(?:^|[;\s})])(?:import|export)(?![\w$])\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g
  )) {
    const specifier = match[1] ?? ''
    if (!found.includes(specifier)) found.push(specifier)
  }
  return found
}

/** The font files a stylesheet names in `url(…)`. */
export function fontUrls(css: string): string[] {
  const found: string[] = []
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const url = match[2] ?? ''
    if (/\.(woff2?|ttf|otf|eot)(\?.*)?$/i.test(url) && !found.includes(url))
      found.push(url)
  }
  return found
}
