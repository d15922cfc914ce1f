/**
 * Checks every Markdown file in the pages folder before VitePress reads any
 * of them: its frontmatter opener (content/frontmatter.ts), and its
 * `<!--@include: …-->` directives.
 *
 * VitePress expands includes before markdown-it runs, and reads an included
 * `.md` file's frontmatter with gray-matter, which runs a `---js` block as
 * code. So the page plugin, which sees each page first, would be too late
 * for included files: this check runs when the build (or dev server)
 * starts. An include may only name a whole `.md` file under the pages
 * folder; its text is then sanitized as part of the page that includes it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { listFiles } from '../build/files'
import { ContentError, isContentError } from '../content-error'
import { readPage } from './frontmatter'
import { publicFolderProblems } from './public-files'
import { sentence, type ContentProblem } from './problems'

/** VitePress's own pattern (processIncludes in vitepress/dist/node). */
const includePattern = /<!--\s*@include:\s*(.*?)\s*-->/g

/**
 * Problems of one file's includes. `file` is the file's path relative to
 * `srcDir`; `shownAs` the folder name used in messages (`docs`).
 */
export function includeProblems(
  srcDir: string,
  file: string,
  source: string,
  shownAs = 'docs'
): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const match of source.matchAll(includePattern)) {
    const target = match[1] ?? ''
    if (target === '') continue
    const line = source.slice(0, match.index).split('\n').length
    const where = { file: `${shownAs}/${file}`, line }
    // `@/x.md` is relative to the pages folder, anything else to the file.
    const path = target.startsWith('@')
      ? join(srcDir, target.slice(target[1] === '/' ? 2 : 1))
      : join(dirname(join(srcDir, file)), target)
    const inside = relative(srcDir, resolve(path))
    if (inside.startsWith('..') || inside.startsWith(sep))
      problems.push({
        ...where,
        message: `"${target}" is outside the pages folder; only .md files under ${shownAs}/ may be included.`
      })
    else if (!inside.endsWith('.md'))
      problems.push({
        ...where,
        message: `"${target}" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under ${shownAs}/ may be included.`
      })
  }
  return problems
}

/** Where a line of a page with its includes expanded comes from. */
export interface LineOrigin {
  /** Relative to the pages folder. */
  file: string
  /** 1-based line in that file. */
  line: number
}

/**
 * A page's Markdown with its includes expanded as VitePress expands them
 * (whole `.md` files, their frontmatter dropped, recursively), and where
 * each line of it comes from, so that a problem in included text names the
 * included file. `file` is relative to `srcDir`; `source` is its text.
 */
export function expandIncludes(
  srcDir: string,
  file: string,
  source: string
): {
  text: string
  /** The included files, relative to `srcDir`. */
  files: string[]
  origin: (line: number) => LineOrigin
} {
  // Pieces of the result: where each starts, and the file line it starts on.
  const pieces: { start: number; file: string; line: number }[] = []
  let text = ''
  const files: string[] = []
  const append = (piece: string, from: string, line: number) => {
    pieces.push({ start: text.length, file: from, line })
    text += piece
  }
  const expand = (from: string, body: string, firstLine: number) => {
    let last = 0
    const lineAt = (index: number) =>
      firstLine + body.slice(0, index).split('\n').length - 1
    for (const match of body.matchAll(includePattern)) {
      const target = match[1] ?? ''
      const path = target.startsWith('@')
        ? join(srcDir, target.slice(target[1] === '/' ? 2 : 1))
        : join(dirname(join(srcDir, from)), target)
      const included = relative(srcDir, path)
      if (!target || !included.endsWith('.md') || !existsSync(path)) continue
      append(body.slice(last, match.index), from, lineAt(last))
      files.push(included)
      const page = readPage(readFileSync(path, 'utf8'), included)
      expand(included, page.body, page.bodyOffset + 1)
      last = match.index + match[0].length
    }
    append(body.slice(last), from, lineAt(last))
  }
  expand(file, source, 1)
  return {
    text,
    files,
    origin(line) {
      const index =
        line > 1
          ? text
              .split('\n')
              .slice(0, line - 1)
              .join('\n').length + 1
          : 0
      const piece = pieces.filter(({ start }) => start <= index).at(-1)
      if (!piece) return { file, line }
      const before = text.slice(piece.start, index).split('\n').length - 1
      return { file: piece.file, line: piece.line + before }
    }
  }
}

/** Every frontmatter-opener and include problem in the pages folder. */
export function pagesFolderProblems(
  srcDir: string,
  shownAs = 'docs'
): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const file of listFiles(srcDir)) {
    if (!file.endsWith('.md') || file.includes('node_modules/')) continue
    const source = readFileSync(join(srcDir, file), 'utf8')
    try {
      readPage(source, `${shownAs}/${file}`)
    } catch (error) {
      if (!isContentError(error)) throw error
      const [path, line] = error.location.split(':')
      problems.push({
        file: path ?? file,
        line: Number(line) || undefined,
        message: error.message.slice(error.location.length + 2)
      })
    }
    problems.push(...includeProblems(srcDir, file, source, shownAs))
  }
  return problems
}

/**
 * A Vite plugin that fails the build (and the dev server's start) on the
 * first such problem, before VitePress or its search index reads a page,
 * and on any file in public/ that is not passive (content/public-files.ts).
 */
export function pagesPreflightPlugin(
  srcDir: string,
  publicDir: string
): Plugin {
  const check = () => {
    const [first, ...more] = [
      ...pagesFolderProblems(srcDir),
      ...publicFolderProblems(publicDir)
    ]
    if (first)
      throw new ContentError(
        first.line ? `${first.file}:${first.line}` : first.file,
        sentence(first.message),
        more.length > 0
          ? `And ${more.length} more: npm run lint:content lists them all.`
          : undefined
      )
  }
  return {
    name: 'community-docs:pages-preflight',
    enforce: 'pre',
    configureServer: check,
    buildStart: check
  }
}
