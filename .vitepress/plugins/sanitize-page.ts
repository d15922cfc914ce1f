/**
 * Sanitizes each page as a whole: it wraps `md.render` last (from
 * `markdown.config`), so it sees the page's source after VitePress expanded
 * its includes and the whole HTML before Vue compiles it. It reads and
 * checks the frontmatter before VitePress's gray-matter could run a `---js`
 * block, sends the HTML through content/sanitize.ts, and refuses `<script>`
 * and `<style>` blocks (they would become the page component's code) and
 * includes other than `.md` files under the pages folder.
 *
 * Anything removed fails the build with a ContentError naming the file and
 * line; with `env.contentProblems` set, problems are collected there instead
 * (the content lint lists them all).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { pagesFolder, type PageEnv as SourceEnv } from './source-location'
import { isContentError } from '../content-error'
import { readPage } from '../content/frontmatter'
import { frontmatterProblems } from '../content/page-schema'
import { lineMarker, sanitizePageHtml } from '../content/sanitize'
import { expandIncludes, throwFirstProblem } from '../content/includes'
import { problemOf, type ContentProblem } from '../content/problems'

interface PageEnv extends SourceEnv {
  includes?: string[]
  /** `sanitizeLine`: the Markdown line VitePress took the block from. */
  sfcBlocks?: Record<SfcKind, { sanitizeLine?: number }[]>
  contentProblems?: ContentProblem[]
  /** The lines of `<<<` snippets, which are never read. */
  snippetLines?: number[]
  /** Set while a page renders: block rules then write line markers. */
  sanitizeMarkers?: boolean
}

const sfcKinds = ['scripts', 'styles', 'customBlocks'] as const
type SfcKind = (typeof sfcKinds)[number]
type Rule = NonNullable<MarkdownIt['renderer']['rules'][string]>

export function sanitizePagePlugin(
  md: MarkdownIt,
  // The pages folder (`srcDir`), absolute.
  { srcDir }: { srcDir: string }
): void {
  refuseSnippets(md)
  markBlockLines(md)

  const render = md.render.bind(md)
  let depth = 0
  md.render = (src, env: PageEnv = {}) => {
    // Only the page itself: a plugin rendering a fragment is inside it.
    if (depth > 0) return render(src, env)
    const file = `${pagesFolder}/${env.relativePath ?? 'page.md'}`
    const problems: ContentProblem[] = []
    const fail = (): string => {
      if (!env.contentProblems) throwFirstProblem(problems)
      env.contentProblems?.push(...problems)
      return ''
    }

    let offset: number
    try {
      const page = readPage(src, file)
      offset = page.bodyOffset
      for (const problem of frontmatterProblems(page))
        problems.push({ file, ...problem })
    } catch (error) {
      if (!isContentError(error)) throw error
      // Never hand this source to gray-matter.
      problems.push(problemOf(error))
      return fail()
    }

    env.frontmatterLines = offset
    env.snippetLines = []
    env.sanitizeMarkers = true
    depth++
    let html: string
    try {
      html = render(src, env)
    } finally {
      depth--
      env.sanitizeMarkers = false
    }

    // A line of the rendered body → the file (maybe an included one) and
    // line it came from.
    const origin = includedLines(srcDir, env, src)
    const at = (line?: number) => {
      if (line === undefined) return { file }
      const found = origin(line + 1 + offset)
      return { file: `${pagesFolder}/${found.file}`, line: found.line }
    }
    for (const kind of sfcKinds)
      for (const block of env.sfcBlocks?.[kind] ?? [])
        problems.push({ ...at(block.sanitizeLine), message: sfcMessage(kind) })
    // Nothing of them reaches the page component, even when collecting.
    for (const kind of sfcKinds) env.sfcBlocks?.[kind].splice(0)
    for (const line of env.snippetLines)
      problems.push({ ...at(line), message: snippetMessage })

    for (const included of env.includes ?? []) {
      const problem = includeProblem(srcDir, included)
      if (problem) problems.push({ file, message: problem })
    }

    const clean = sanitizePageHtml(html, env.relativePath)
    for (const removal of clean.removals)
      problems.push({ ...at(removal.line), message: removal.message })
    return problems.length > 0 ? fail() : clean.html
  }
}

/**
 * Maps a line of `src` (includes expanded) to the file and line it came
 * from; the page's own when our expansion does not match VitePress's.
 */
function includedLines(
  srcDir: string,
  env: PageEnv,
  src: string
): (line: number) => { file: string; line: number } {
  const page = env.relativePath ?? 'page.md'
  const own = (line: number) => ({ file: page, line })
  const path = join(srcDir, page)
  if (!env.includes?.length || !existsSync(path)) return own
  let expanded: ReturnType<typeof expandIncludes>
  try {
    expanded = expandIncludes(srcDir, page, readFileSync(path, 'utf8'))
  } catch {
    return own
  }
  return expanded.text === src ? expanded.origin : own
}

/** Why an included file may not be included, or undefined. */
export function includeProblem(
  srcDir: string,
  included: string
): string | undefined {
  const path = relative(srcDir, resolve(srcDir, included))
  if (path.startsWith('..') || path.startsWith(sep) || /^[a-z]:/i.test(path))
    return `the include of ${included} reaches outside the pages folder; only .md files under it may be included.`
  if (!path.endsWith('.md'))
    return `the include of ${path} is not a .md file; only .md files may be included, and they are sanitized like any page.`
  return undefined
}

const snippetMessage =
  'a code snippet (<<<) is not allowed: it would copy a file from the machine that builds the site into the page, and that can be any file. Write the code in a fenced block (```) instead.'

/**
 * VitePress's `<<< path` snippets read their file when the page renders,
 * whatever file it is (`<<< /etc/passwd{txt}`); docs/ holds no code to
 * show that way. The fence rule that would read it notes its line instead.
 */
function refuseSnippets(md: MarkdownIt): void {
  const fence = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, index, options, env: PageEnv, self) => {
    const token = tokens[index] as { src?: unknown; map: Token['map'] }
    if (!token.src) return fence?.(tokens, index, options, env, self) ?? ''
    ;(env.snippetLines ??= []).push(token.map?.[0] ?? 0)
    return ''
  }
}

function sfcMessage(kind: SfcKind): string {
  const what = {
    scripts: 'a <script>',
    styles: 'a <style>',
    customBlocks: 'a custom'
  }[kind]
  return `${what} block is not allowed in a page: VitePress would make it part of the page's code. Use a component from .vitepress/theme/markdown-components.ts.`
}

/**
 * While a page renders, writes a line marker (which the sanitizer reads and
 * drops) before each block's HTML, and notes the line of each block that
 * VitePress takes out of the HTML.
 */
function markBlockLines(md: MarkdownIt): void {
  const { rules } = md.renderer
  const mark =
    (rule: Rule): Rule =>
    (tokens, index, options, env, self) => {
      const token = tokens[index]
      const rendered = rule(tokens, index, options, env, self)
      if (!(env as PageEnv).sanitizeMarkers || !token?.map || token.nesting < 0)
        return rendered
      return lineMarker(token.map[0]) + rendered
    }
  for (const [type, rule] of Object.entries(rules))
    if (rule && type !== 'html_block') rules[type] = mark(rule)

  const htmlBlock = rules.html_block
  if (htmlBlock)
    rules.html_block = mark((tokens, index, options, env: PageEnv, self) => {
      const rendered = htmlBlock(tokens, index, options, env, self)
      // The block it took out of the HTML, if any, is the one without a line.
      for (const block of sfcKinds.flatMap(
        (kind) => env.sfcBlocks?.[kind] ?? []
      ))
        if (!('sanitizeLine' in block))
          block.sanitizeLine = tokens[index]?.map?.[0]
      return rendered
    })

  const renderToken = md.renderer.renderToken.bind(md.renderer)
  md.renderer.renderToken = (tokens, index, options) => {
    const token = tokens[index]
    const rendered = renderToken(tokens, index, options)
    // renderToken gets no env; block tokens without a rule come here.
    if (!markersOn || !token?.map || token.nesting < 0 || !token.block)
      return rendered
    return lineMarker(token.map[0]) + rendered
  }
  let markersOn = false
  const render = md.renderer.render.bind(md.renderer)
  md.renderer.render = (tokens, options, env: PageEnv) => {
    markersOn = env?.sanitizeMarkers === true
    try {
      return render(tokens, options, env)
    } finally {
      markersOn = false
    }
  }
}
