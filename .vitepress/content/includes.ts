/**
 * Checks every Markdown file in the pages folder when the build (or dev
 * server) starts, before VitePress reads any: its frontmatter opener
 * (content/frontmatter.ts) and its `<!--@include: …-->` directives.
 * VitePress expands includes before markdown-it runs and reads an included
 * file's frontmatter with gray-matter, which runs a `---js` block as code,
 * so the page plugin would be too late. An include may name only a whole
 * `.md` file under the pages folder; it is sanitized with the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { listFiles } from '../build/files'
import { pagesFolder } from '../plugins/source-location'
import { ContentError, guardContent, isContentError } from '../content-error'
import { readPage } from './frontmatter'
import { imageExtensions, imageFile } from './html-allowlist'
import {
  folderLinkProblems,
  publicFolderProblems,
  svgFileProblems
} from './public-files'
import { problemOf, sentence, type ContentProblem } from './problems'

/** VitePress's own pattern (processIncludes in vitepress/dist/node). */
const includePattern = /<!--\s*@include:\s*(.*?)\s*-->/g

/** `@/x.md` is relative to the pages folder, anything else to the file. */
function includedFile(srcDir: string, from: string, target: string): string {
  return target.startsWith('@')
    ? join(srcDir, target.slice(target[1] === '/' ? 2 : 1))
    : join(dirname(join(srcDir, from)), target)
}

/** The frontmatter problem of a file, read as the build reads it. */
function frontmatterProblem(
  source: string,
  file: string
): ContentProblem | undefined {
  try {
    readPage(source, file)
  } catch (error) {
    if (!isContentError(error)) throw error
    return problemOf(error)
  }
  return undefined
}

/** Problems of one file's includes; `file` is relative to `srcDir`. */
export function includeProblems(
  srcDir: string,
  file: string,
  source: string
): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const match of source.matchAll(includePattern)) {
    const target = match[1] ?? ''
    if (target === '') continue
    const line = source.slice(0, match.index).split('\n').length
    const where = { file: `${pagesFolder}/${file}`, line }
    const path = includedFile(srcDir, file, target)
    const inside = relative(srcDir, resolve(path))
    if (inside.startsWith('..') || inside.startsWith(sep))
      problems.push({
        ...where,
        message: `"${target}" is outside the pages folder; only .md files under ${pagesFolder}/ may be included.`
      })
    else if (!inside.endsWith('.md'))
      problems.push({
        ...where,
        message: `"${target}" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under ${pagesFolder}/ may be included.`
      })
    // VitePress reads the target's frontmatter with gray-matter (`---js`
    // runs) before any page plugin sees it: read it here first.
    if (existsSync(path) && statSync(path).isFile()) {
      const problem = frontmatterProblem(
        readFileSync(path, 'utf8'),
        `${pagesFolder}/${inside.split(sep).join('/')}`
      )
      if (problem) problems.push(problem)
    }
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
 * (recursively, frontmatter dropped), and where each line comes from, so
 * that a problem in included text names the included file.
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
      const path = includedFile(srcDir, from, target)
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

/** A file or folder name that is safe in an address as it is. */
const plainName = /^[\p{L}\p{N}._-]+$/u

/**
 * What the pages folder holds besides pages and images: Vite and VitePress
 * run other files there (`postcss.config.cjs`, `.env`, `[x].paths.mjs`, a
 * module an img src names) as code. config.mts checks before they do. And
 * names: a page's becomes its address, written as it is in link previews.
 */
export function pagesFolderFileProblems(srcDir: string): ContentProblem[] {
  const linked = folderLinkProblems(srcDir, pagesFolder)
  if (linked.length > 0) return linked
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .flatMap((entry) => {
      const file = relative(srcDir, join(entry.parentPath, entry.name))
        .split(sep)
        .join('/')
      const what = entry.isSymbolicLink()
        ? 'symbolic links'
        : file.split('/').some((name) => name.startsWith('.'))
          ? 'dotfiles'
          : entry.isDirectory() ||
              (entry.isFile() && (file.endsWith('.md') || imageFile.test(file)))
            ? undefined
            : 'other files'
      if (!what)
        return plainName.test(entry.name)
          ? []
          : [
              {
                file: `${pagesFolder}/${file}`,
                message: `the name "${entry.name}" may hold only letters, digits, "-", "_" and ".": it becomes part of the page's address, where a space, a quote, "#" or "?" breaks links and link previews.`
              }
            ]
      return [
        {
          file: `${pagesFolder}/${file}`,
          message: `${pagesFolder}/ may hold only pages (.md) and images (.${imageExtensions.join(', .')}), not ${what}: build tools run files there as code.`
        }
      ]
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1))
}

/**
 * Every problem in the pages folder: what it holds, SVG images, frontmatter
 * openers and includes (node_modules/ too: a page may include from there).
 */
export function pagesFolderProblems(srcDir: string): ContentProblem[] {
  const problems = pagesFolderFileProblems(srcDir)
  const refused = new Set(problems.map(({ file }) => file))
  if (refused.has(pagesFolder)) return problems
  for (const file of listFiles(srcDir)) {
    const where = `${pagesFolder}/${file}`
    if (refused.has(where)) continue
    if (file.toLowerCase().endsWith('.svg'))
      for (const message of svgFileProblems(join(srcDir, file)))
        problems.push({
          file: where,
          message: `${message}: an SVG opened on its own can run script.`
        })
    if (!file.endsWith('.md')) continue
    const source = readFileSync(join(srcDir, file), 'utf8')
    const problem = frontmatterProblem(source, where)
    if (problem) problems.push(problem)
    problems.push(...includeProblems(srcDir, file, source))
  }
  return problems
}

/** Fails on the first problem, with a count of the rest. */
export function throwFirstProblem(problems: readonly ContentProblem[]): void {
  const [first, ...more] = problems
  if (first)
    throw new ContentError(
      first.line ? `${first.file}:${first.line}` : first.file,
      sentence(first.message),
      more.length > 0
        ? `And ${more.length} more: npm run lint:content lists them all.`
        : undefined
    )
}

/**
 * Fails the build (and the dev server's start) on the first such problem,
 * or a file in public/ that is not passive, before any page is read.
 */
export function pagesPreflightPlugin(
  srcDir: string,
  publicDir: string
): Plugin {
  // Guarded: thrown, it would be printed by Vite and again by VitePress.
  const check = () =>
    guardContent(() =>
      throwFirstProblem([
        ...pagesFolderProblems(srcDir),
        ...publicFolderProblems(publicDir)
      ])
    )
  return {
    name: 'community-docs:pages-preflight',
    enforce: 'pre',
    configureServer: check,
    buildStart: check
  }
}
