/**
 * Where a Markdown token came from, as `docs/page.md:12`, for build errors
 * that a maintainer can jump to.
 */
import type MarkdownIt from 'markdown-it'
import { readPage } from '../content/frontmatter'

/** The folder VitePress reads pages from (`srcDir` in the site config). */
export const pagesFolder = 'docs'

export interface PageEnv {
  /** Set by VitePress: the page's path relative to `srcDir`. */
  relativePath?: string
  /** Set by `frontmatterLinesPlugin`: lines of frontmatter above the body. */
  frontmatterLines?: number
  /** Set by VitePress: the page's frontmatter. */
  frontmatter?: Record<string, unknown>
}

/** `docs/community.md`, or `Markdown` when the file is not known. */
export function sourceFile(env: unknown): string {
  const relativePath = (env as PageEnv | undefined)?.relativePath
  return relativePath ? `${pagesFolder}/${relativePath}` : 'Markdown'
}

/** The line in the file (from 1) of a token's zero-based body line. */
export function sourceLine(env: unknown, bodyLine: number): number {
  return bodyLine + 1 + ((env as PageEnv | undefined)?.frontmatterLines ?? 0)
}

/** `docs/community.md:12`; `map` is a block token's zero-based line range. */
export function sourceLocation(
  env: unknown,
  map?: readonly [number, number] | null
): string {
  const file = sourceFile(env)
  return map ? `${file}:${sourceLine(env, map[0])}` : file
}

/**
 * Records how many lines the frontmatter took, so that `sourceLocation`
 * names the line in the file: VitePress removes it before markdown-it
 * parses, so token lines count from the line after it. It wraps `md.render`
 * as VitePress does, so it is used after VitePress's plugins.
 */
export function frontmatterLinesPlugin(md: MarkdownIt): void {
  const render = md.render.bind(md)
  md.render = (src, env = {}) => {
    const pageEnv = env as PageEnv
    // The page plugin (sanitize-page.ts) has read it already, and fails
    // the page when it cannot be read.
    pageEnv.frontmatterLines ??= bodyOffset(src, sourceLocation(env))
    return render(src, env)
  }
}

function bodyOffset(src: string, file: string): number {
  try {
    return readPage(src, file).bodyOffset
  } catch {
    return 0
  }
}
