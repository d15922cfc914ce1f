/**
 * What a first visit to a built page downloads, read from the build folder
 * without a browser, and what it costs compressed:
 *
 * - css: `<link rel="stylesheet">` (VitePress writes `preload stylesheet`);
 * - js: `<script src>`, `<link rel="modulepreload">`, and every module those
 *   import statically, however deep;
 * - fonts: `<link rel="preload" as="font">` and every font file the page's
 *   stylesheets name (an upper bound: a browser fetches only the fonts its
 *   text uses);
 * - images: `<img src>` and `<link rel="icon">`.
 *
 * Chunks VitePress prefetches when idle, and modules a button loads when
 * pressed (search), are not part of a first load.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { attribute, parseElements } from '../../.vitepress/build/html-document'
import {
  compressedSizes,
  type CompressedSizes,
  type ResourceKind
} from './resource-kind'

export interface PageFile {
  /** The URL path, such as `/assets/app.abc.js`. */
  url: string
  kind: ResourceKind
  sizes: CompressedSizes
}

/** The URLs a page's HTML asks for, in document order, without repeats. */
export function pageReferences(
  html: string
): Record<'css' | 'js' | 'fonts' | 'images', string[]> {
  const found = {
    css: [] as string[],
    js: [] as string[],
    fonts: [] as string[],
    images: [] as string[]
  }
  const add = (kind: keyof typeof found, url: string | undefined): void => {
    if (url && !found[kind].includes(url)) found[kind].push(url)
  }
  for (const element of parseElements(html)) {
    const get = (name: string) => attribute(element, name)
    const rel = (get('rel') ?? '').toLowerCase().split(/\s+/)
    if (element.tagName === 'link') {
      if (rel.includes('stylesheet')) add('css', get('href'))
      else if (rel.includes('modulepreload')) add('js', get('href'))
      else if (rel.includes('preload') && get('as') === 'font')
        add('fonts', get('href'))
      else if (rel.includes('icon')) add('images', get('href'))
    } else if (element.tagName === 'script') {
      add('js', get('src'))
    } else if (element.tagName === 'img') add('images', get('src'))
  }
  return found
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)]

/**
 * The modules a module imports statically (`import … from "x"`, `import "x"`,
 * `export … from "x"`); a dynamic `import("x")` loads later, if at all.
 */
export function staticImports(code: string): string[] {
  const pattern =
    /(?:^|[;\s})])(?:import|export)(?![\w$])\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g
  return unique([...code.matchAll(pattern)].map((match) => match[1] ?? ''))
}

/** The font files a stylesheet names in `url(…)`. */
export function fontUrls(css: string): string[] {
  return unique(
    [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
      .map((match) => match[2] ?? '')
      .filter((url) => /\.(woff2?|ttf|otf|eot)(\?.*)?$/i.test(url))
  )
}

/** Reads and compresses each built file once, however many pages share it. */
export function buildFiles(dist: string) {
  const cache = new Map<string, { text: string; sizes: CompressedSizes }>()
  return (page: string, url: string, kind: ResourceKind) => {
    const file = join(dist, url)
    if (!existsSync(file) || !statSync(file).isFile())
      throw new Error(`${page} loads ${url}, which is not in the build.`)
    const key = `${kind}:${url}`
    let entry = cache.get(key)
    if (!entry) {
      const body = readFileSync(file)
      entry = {
        text: body.toString('utf8'),
        sizes: compressedSizes(body, kind)
      }
      cache.set(key, entry)
    }
    return entry
  }
}

/** Every file a first visit to `page` (path below the build folder) downloads. */
export function pageFiles(
  read: ReturnType<typeof buildFiles>,
  page: string
): PageFile[] {
  const found = new Map<string, PageFile>()
  const add = (url: string, kind: ResourceKind): string => {
    const { text, sizes } = read(page, url, kind)
    if (!found.has(url)) found.set(url, { url, kind, sizes })
    return text
  }
  // A URL on the site, from a reference in the file at `from`.
  const local = (references: string[], from: string): string[] =>
    references.flatMap((reference) => {
      if (reference.startsWith('data:')) return []
      const url = new URL(reference, `http://site.invalid${from}`)
      return url.host === 'site.invalid'
        ? [decodeURIComponent(url.pathname)]
        : []
    })

  const pageUrl = `/${page}`
  const references = pageReferences(add(pageUrl, 'html'))
  for (const url of local(references.css, pageUrl))
    for (const font of local(fontUrls(add(url, 'css')), url)) add(font, 'fonts')
  for (const url of local(references.fonts, pageUrl)) add(url, 'fonts')
  for (const url of local(references.images, pageUrl)) add(url, 'images')
  // Scripts and, breadth first, the modules they import statically.
  const queue = local(references.js, pageUrl)
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (found.has(url)) continue
    queue.push(...local(staticImports(add(url, 'js')), url))
  }
  return [...found.values()]
}
