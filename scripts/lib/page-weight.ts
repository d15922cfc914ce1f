/**
 * The compressed bytes of a built page's first load, measured from the
 * build folder without a browser (see page-assets.ts for what counts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fontUrls, pageReferences, staticImports } from './page-assets'
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

const siteOrigin = 'http://site.invalid'

/** A URL on the site, from a reference in a file at `fromUrl`; undefined for other origins. */
export function resolveSiteUrl(
  reference: string,
  fromUrl: string
): string | undefined {
  if (reference.startsWith('data:')) return undefined
  const url = new URL(reference, siteOrigin + fromUrl)
  if (url.origin !== siteOrigin) return undefined
  return decodeURIComponent(url.pathname)
}

export class MissingAssetError extends Error {
  constructor(page: string, url: string) {
    super(`${page} loads ${url}, which is not in the build.`)
    this.name = 'MissingAssetError'
  }
}

/** Reads and compresses each file once, however many pages share it. */
export class BuildFiles {
  private readonly cache = new Map<
    string,
    { text: string; sizes: CompressedSizes }
  >()

  constructor(readonly distDir: string) {}

  has(url: string): boolean {
    const file = join(this.distDir, url)
    return existsSync(file) && statSync(file).isFile()
  }

  read(
    url: string,
    kind: ResourceKind
  ): { text: string; sizes: CompressedSizes } {
    const key = `${kind}:${url}`
    let entry = this.cache.get(key)
    if (!entry) {
      const body = readFileSync(join(this.distDir, url))
      entry = {
        text: body.toString('utf8'),
        sizes: compressedSizes(body, kind)
      }
      this.cache.set(key, entry)
    }
    return entry
  }
}

/** Every file a first visit to `page` (path below the build folder) downloads. */
export function pageFiles(files: BuildFiles, page: string): PageFile[] {
  const pageUrl = `/${page}`
  const found: PageFile[] = []
  const seen = new Set<string>()
  const add = (url: string, kind: ResourceKind): string => {
    if (!files.has(url)) throw new MissingAssetError(page, url)
    const { text, sizes } = files.read(url, kind)
    if (!seen.has(url)) {
      seen.add(url)
      found.push({ url, kind, sizes })
    }
    return text
  }

  const html = add(pageUrl, 'html')
  const references = pageReferences(html)
  const local = (list: string[], from: string): string[] =>
    list.flatMap((reference) => resolveSiteUrl(reference, from) ?? [])

  for (const url of local(references.stylesheets, pageUrl)) {
    const css = add(url, 'css')
    for (const font of local(fontUrls(css), url)) add(font, 'fonts')
  }
  for (const url of local(references.fonts, pageUrl)) add(url, 'fonts')
  for (const url of local(references.images, pageUrl)) add(url, 'images')

  // Scripts and, breadth first, the modules they import statically.
  const queue = local(references.scripts, pageUrl)
  while (queue.length > 0) {
    const url = queue.shift() ?? ''
    if (seen.has(url)) continue
    const code = add(url, 'js')
    queue.push(...local(staticImports(code), url))
  }
  return found
}
