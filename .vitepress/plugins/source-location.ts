/**
 * Where a Markdown token came from, as `docs/page.md:12`, for build errors
 * that a maintainer can jump to.
 */

/** The folder VitePress reads pages from (`srcDir` in the site config). */
export const pagesFolder = 'docs'

interface PageEnv {
  /** Set by VitePress: the page's path relative to `srcDir`. */
  relativePath?: string
}

/** `docs/community.md:12`; `map` is a block token's zero-based line range. */
export function sourceLocation(
  env: unknown,
  map?: [number, number] | null
): string {
  const relativePath = (env as PageEnv | undefined)?.relativePath
  const file = relativePath ? `${pagesFolder}/${relativePath}` : 'Markdown'
  return map ? `${file}:${map[0] + 1}` : file
}
