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
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { listFiles } from '../build/files'
import { ContentError, isContentError } from '../content-error'
import { readPage } from './frontmatter'
import type { ContentProblem } from '../plugins/sanitize-page'

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
 * first such problem, before VitePress or its search index reads a page.
 */
export function pagesPreflightPlugin(srcDir: string): Plugin {
  const check = () => {
    const [first, ...more] = pagesFolderProblems(srcDir)
    if (first)
      throw new ContentError(
        first.line ? `${first.file}:${first.line}` : first.file,
        first.message,
        more.length > 0
          ? `${more.length} more problems: npm run lint:content lists them all.`
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
