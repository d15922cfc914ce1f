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

/**
 * The original's text, marked as being in the original's language, so
 * that screen readers and the layout read it as such inside a locale.
 */
export function fallbackText(original: string, file: string, lang: string) {
  const { bodyOffset } = readPage(original, file)
  const lines = original.split('\n')
  return [
    ...lines.slice(0, bodyOffset),
    `<div lang="${lang}" dir="auto">`,
    '',
    ...lines.slice(bodyOffset),
    '',
    '</div>',
    ''
  ].join('\n')
}

/** Writes the fallback pages; returns VitePress's `rewrites` for them. */
export function writeFallbackPages(
  pagesRoot: string,
  model: Pick<SiteModel, 'pages'>,
  lang: string
): Record<string, string> {
  rmSync(join(pagesRoot, fallbackFolder), { recursive: true, force: true })
  const rewrites: Record<string, string> = {}
  for (const page of model.pages) {
    if (!page.fallback) continue
    const copy = `${fallbackFolder}/${page.file}`
    mkdirSync(dirname(join(pagesRoot, copy)), { recursive: true })
    const original = readFileSync(join(pagesRoot, page.original), 'utf8')
    writeFileSync(
      join(pagesRoot, copy),
      fallbackText(original, page.source, lang)
    )
    rewrites[copy] = page.file
  }
  return rewrites
}

/**
 * A fallback page's file and "Last updated": the original's, which is the
 * file to edit and whose date is the text's (git does not know the copy).
 */
export function fallbackPageData(
  page: Pick<SitePage, 'original'>,
  root: string
): { filePath: string; lastUpdated?: number } {
  const seconds = git(root, [
    'log',
    '-1',
    '--format=%ct',
    '--',
    `${pagesFolder}/${page.original}`
  ])?.trim()
  return {
    filePath: page.original,
    lastUpdated: seconds ? Number(seconds) * 1000 : undefined
  }
}
