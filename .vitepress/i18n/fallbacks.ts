/**
 * A page a locale has not translated is still served at the locale's URL:
 * its original, with a notice (notice.ts). VitePress builds only pages it
 * finds in `docs/`, so each fallback is a copy of the original written to
 * `docs/_fallbacks/<key>/` (git-ignored) before VitePress lists the pages,
 * served at `/<key>/<page>` by `rewrites`, and checked like every page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { readPage } from '../content/frontmatter'
import { pagesFolder } from '../plugins/source-location'
import { git } from '../policy/git-history'
import type { SiteModel, SitePage } from '../site/model'

/** Under `docs/`; listed in .gitignore. */
export const fallbackFolder = '_fallbacks'

/** The language and direction of a fallback's text: the original's. */
export interface OriginalLanguage {
  lang: string
  dir: 'ltr' | 'rtl'
}

/**
 * The original's text inside OriginalLanguage.vue, which marks it with the
 * original's language and direction (from the page data, see
 * fallbackPageData), so that screen readers and the layout read it as such
 * inside a locale, and gives the components in it the original's texts.
 */
export function fallbackText(original: string, file: string) {
  const { bodyOffset } = readPage(original, file)
  const lines = original.split('\n')
  return [
    ...lines.slice(0, bodyOffset),
    '<OriginalLanguage>',
    '',
    ...lines.slice(bodyOffset),
    '',
    '</OriginalLanguage>',
    ''
  ].join('\n')
}

/** Writes the fallback pages; returns VitePress's `rewrites` for them. */
export function writeFallbackPages(
  pagesRoot: string,
  model: Pick<SiteModel, 'pages'>
): Record<string, string> {
  rmSync(join(pagesRoot, fallbackFolder), { recursive: true, force: true })
  const rewrites: Record<string, string> = {}
  for (const page of model.pages) {
    if (!page.fallback) continue
    const copy = `${fallbackFolder}/${page.file}`
    mkdirSync(dirname(join(pagesRoot, copy)), { recursive: true })
    const original = readFileSync(join(pagesRoot, page.original), 'utf8')
    writeFileSync(join(pagesRoot, copy), fallbackText(original, page.source))
    rewrites[copy] = page.file
  }
  return rewrites
}

/**
 * A fallback page's file and "Last updated": the original's, which is the
 * file to edit and whose date is the text's (git does not know the copy);
 * and the original's language, for OriginalLanguage.vue.
 */
export function fallbackPageData(
  page: Pick<SitePage, 'original'>,
  root: string,
  originalLanguage: OriginalLanguage
): {
  filePath: string
  lastUpdated?: number
  originalLanguage: OriginalLanguage
} {
  const seconds = git(root, [
    'log',
    '-1',
    '--format=%ct',
    '--',
    `${pagesFolder}/${page.original}`
  ])?.trim()
  return {
    filePath: page.original,
    lastUpdated: seconds ? Number(seconds) * 1000 : undefined,
    originalLanguage
  }
}
