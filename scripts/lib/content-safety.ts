/**
 * The content-safety lint: what a Markdown page from an unknown contributor
 * must not contain, because VitePress would turn it into code that runs in
 * readers' browsers or in the build.
 *
 * VitePress compiles each page into a Vue component. Raw HTML passes through,
 * `{{ … }}` is a Vue expression (evaluated at build time and in the browser),
 * and attributes such as `v-html`, `:prop` or `@click` are Vue directives.
 * Only fenced code blocks are escaped (`v-pre`); inline code is not, so
 * `` `{{ 1 + 1 }}` `` renders as `2`.
 *
 * The lint reads a page with VitePress's own Markdown parser (so it sees what
 * the build sees, `{attrs}` included) and reports, with file and line:
 * - `<script>`, `<style>`, `<iframe>` and other elements that run or embed code;
 * - inline event handlers (`onclick=` …) and `javascript:` URLs;
 * - `{{ … }}` outside fenced code blocks and `::: v-pre` containers;
 * - Vue directives (`v-*`, `:prop`, `@event`, `#slot`, `.prop`);
 * - components other than the allowlisted ones, which may take plain
 *   attributes and `:prop` bindings to a literal or a property path;
 * - the same HTML dangers in frontmatter strings (the default theme shows
 *   hero and feature texts with `v-html`), and `head` entries that add them;
 * - `@include` and `<<<` snippet imports of files outside the pages folder.
 *
 * One `<script>` is allowed: a `<script setup>` that does nothing but import
 * build-time data from a data loader in `.vitepress/`
 * (`import { data as welcome } from '../.vitepress/slack/welcome.data'`), so
 * a page can show generated text. The loader is code, reviewed as code; the
 * page only names it.
 */
import { dirname, relative, resolve } from 'node:path'
import type MarkdownIt from 'markdown-it'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

type Token = ReturnType<MarkdownIt['parse']>[number]

export interface ContentProblem {
  /** The Markdown file, as given: `docs/slack-rules.md`. */
  file: string
  /** 1-based line in that file. */
  line: number
  message: string
}

export interface ContentSafetyOptions {
  /** Component names Markdown may use, such as `ReportRoutes`. */
  components: readonly string[]
  /** The pages folder; `@include` and `<<<` may not reach outside it. */
  pagesFolder: string
  /** The folder of data loaders a `<script setup>` may import (`.vitepress`). */
  dataLoaderFolder: string
}

/** Elements that run code, embed other documents or change the page. */
const forbiddenElements: Readonly<Record<string, string>> = {
  script:
    'it runs code in every reader’s browser (a <script setup> may only import data loaders from .vitepress/)',
  style:
    'VitePress hoists it into the page’s component, where it can restyle the whole site',
  iframe: 'it embeds another site',
  frame: 'it embeds another site',
  frameset: 'it embeds another site',
  object: 'it embeds external content or plugins',
  embed: 'it embeds external content or plugins',
  base: 'it changes where every relative link on the page points',
  meta: 'it can redirect the page',
  link: 'it can load stylesheets from anywhere',
  form: 'it can send readers’ input anywhere'
}

/** Vue's built-in components, which templates resolve without registration. */
const vueBuiltIns = new Set([
  'component',
  'transition',
  'transition-group',
  'keep-alive',
  'teleport',
  'suspense',
  'slot'
])

/** SVG elements spelled in camelCase, which are not components. */
const svgCamelCaseElements = new Set([
  'altGlyph',
  'altGlyphDef',
  'altGlyphItem',
  'animateColor',
  'animateMotion',
  'animateTransform',
  'clipPath',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
  'foreignObject',
  'glyphRef',
  'linearGradient',
  'radialGradient',
  'textPath'
])

/** A start tag and its attributes, as markdown-it recognises raw HTML. */
const startTagPattern =
  /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const attributePattern =
  /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
/** Catches these elements even where the tag is malformed or unclosed. */
const forbiddenTagPattern = new RegExp(
  `<(${Object.keys(forbiddenElements).join('|')})(?=[\\s/>]|$)`,
  'gi'
)
/** A `<script setup>` block of data-loader imports and nothing else. */
const dataImportScriptPattern =
  /^<script setup(?: lang="ts")?>\r?\n((?:import \{ data as [A-Za-z_$][\w$]* \} from '[^'\n]+'\r?\n)+)<\/script>\s*$/
const dataImportPattern = /from '([^'\n]+)'/g
const directivePattern = /^(?:v-|:|@|#|\.)/
const mustachePattern = /\{\{/g
/** A `:prop` value a component may take: a literal or a property path. */
const simpleBindingPattern =
  /^\s*(?:'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?|true|false|null|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*$/

/** Decodes the character references a browser decodes in an attribute. */
function decodeEntities(md: MarkdownIt, value: string): string {
  return md.utils.unescapeAll(value.replace(/\\/g, '\\\\'))
}

/**
 * Whether a browser would run this attribute value as a `javascript:` URL:
 * it ignores leading spaces and control characters, tabs and newlines
 * anywhere, and case.
 */
export function isJavaScriptUrl(md: MarkdownIt, value: string): boolean {
  const decoded = decodeEntities(md, value)
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
  return /^javascript:/i.test(decoded)
}

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

function linesBefore(text: string, index: number): number {
  let lines = 0
  for (
    let i = text.indexOf('\n');
    i !== -1 && i < index;
    i = text.indexOf('\n', i + 1)
  ) {
    lines++
  }
  return lines
}

class Linter {
  readonly problems: ContentProblem[] = []
  private readonly components: Map<string, string>

  constructor(
    private readonly md: MarkdownIt,
    private readonly file: string,
    private readonly options: ContentSafetyOptions
  ) {
    // Vue resolves <ReportRoutes> and <report-routes> to the same component.
    this.components = new Map()
    for (const name of options.components) {
      this.components.set(name, name)
      this.components.set(kebabCase(name), name)
    }
  }

  report(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message })
  }

  isComponentTag(tag: string): boolean {
    if (svgCamelCaseElements.has(tag)) return false
    return /[A-Z-]/.test(tag) || vueBuiltIns.has(tag.toLowerCase())
  }

  /** One attribute, on a `<tag>` or from a `{attrs}` block. */
  checkAttribute(
    line: number,
    where: string,
    name: string,
    value: string,
    component?: string
  ): void {
    if (/^on/i.test(name)) {
      this.report(
        line,
        `inline event handler ${name}= on ${where}: it runs code when a reader interacts with the page; remove it`
      )
      return
    }
    if (directivePattern.test(name)) {
      const binding = /^(?::|v-bind:)([\w-]+)$/.exec(name)
      if (component && binding && simpleBindingPattern.test(value)) return
      if (component && binding) {
        this.report(
          line,
          `Vue binding ${name}="${value}" on <${component}>: a component may only be given a literal or a property path, not an expression`
        )
        return
      }
      this.report(
        line,
        `Vue directive ${name} on ${where}: Markdown is compiled as a Vue template, so directives run code; ` +
          (component
            ? 'components may only take plain attributes and :prop bindings'
            : 'use plain HTML attributes')
      )
      return
    }
    if (isJavaScriptUrl(this.md, value)) {
      this.report(
        line,
        `javascript: URL in ${name}= on ${where}: it runs code when followed; link to a page instead`
      )
    }
  }

  /** Raw HTML: an `html_block`, an `html_inline`, or a frontmatter string. */
  checkHtml(html: string, firstLine: number, mustacheIsCode = true): void {
    for (const match of html.matchAll(forbiddenTagPattern)) {
      const tag = (match[1] ?? '').toLowerCase()
      this.report(
        firstLine + linesBefore(html, match.index),
        `<${tag}> tag: not allowed in Markdown, because ${forbiddenElements[tag]}`
      )
    }
    for (const match of html.matchAll(startTagPattern)) {
      const tag = match[1] ?? ''
      const line = firstLine + linesBefore(html, match.index)
      let component: string | undefined
      if (tag.toLowerCase() in forbiddenElements) continue // reported above
      if (this.isComponentTag(tag)) {
        component = this.components.get(tag)
        if (!component) {
          this.report(
            line,
            `unknown component <${tag}>: Markdown may use only ${this.options.components.map((name) => `<${name}>`).join(', ')} ` +
              '(the allowlist in .vitepress/theme/markdown-components.ts)'
          )
          continue
        }
      }
      for (const attribute of (match[2] ?? '').matchAll(attributePattern)) {
        const [, name = '', double, single, bare] = attribute
        this.checkAttribute(
          line,
          `<${tag}>`,
          name,
          double ?? single ?? bare ?? '',
          component
        )
      }
    }
    if (mustacheIsCode) this.checkMustaches(html, firstLine, 'in HTML')
  }

  checkMustaches(text: string, firstLine: number, where: string): void {
    for (const match of text.matchAll(mustachePattern)) {
      this.report(
        firstLine + linesBefore(text, match.index),
        `Vue template expression "{{" ${where}: Markdown is compiled as a Vue template, so {{ … }} runs code at build time` +
          (where === 'in inline code'
            ? ' even inside `code`; use a fenced code block, or write &#123;&#123;'
            : '; write &#123;&#123; to show the braces, or use a fenced code block')
      )
    }
  }

  checkTokenAttributes(token: Token, line: number): void {
    for (const [name, value] of token.attrs ?? []) {
      const where = token.tag ? `<${token.tag}>` : 'an element'
      this.checkAttribute(line, where, name, value)
    }
  }

  checkSnippetPath(
    path: string,
    from: string,
    line: number,
    kind: string
  ): void {
    const pagesFolder = resolve(this.options.pagesFolder)
    const target = path.startsWith('@')
      ? resolve(pagesFolder, path.slice(path[1] === '/' ? 2 : 1))
      : path.startsWith('/')
        ? resolve(pagesFolder, path.slice(1))
        : resolve(dirname(resolve(from)), path)
    const inside = relative(pagesFolder, target)
    if (inside.startsWith('..') || resolve(inside) === inside) {
      this.report(
        line,
        `${kind} of "${path}": it reads a file outside ${this.options.pagesFolder}/ into the page`
      )
    }
  }

  /** Whether an HTML block is the one allowed script: data-loader imports. */
  isDataImportScript(html: string): boolean {
    const imports = dataImportScriptPattern.exec(html)?.[1]
    if (!imports) return false
    const folder = resolve(this.options.dataLoaderFolder)
    return [...imports.matchAll(dataImportPattern)].every((match) => {
      const target = resolve(dirname(resolve(this.file)), match[1] ?? '')
      const inside = relative(folder, target)
      return (
        !inside.startsWith('..') &&
        resolve(inside) !== inside &&
        /\.data(?:\.[cm]?[jt]s)?$/.test(target)
      )
    })
  }

  checkTokens(tokens: Token[], lineOffset: number): void {
    let vPreDepth = 0
    let line = lineOffset + 1
    for (const token of tokens) {
      if (token.map) line = lineOffset + token.map[0] + 1
      if (token.type === 'container_v-pre_open') vPreDepth++
      if (token.type === 'container_v-pre_close') vPreDepth--
      this.checkTokenAttributes(token, line)

      if (
        token.type === 'html_block' &&
        this.isDataImportScript(token.content)
      ) {
        continue
      }
      if (token.type === 'html_block' || token.type === 'html_inline') {
        this.checkHtml(token.content, line, vPreDepth === 0)
      } else if (token.type === 'fence' && vPreDepth === 0) {
        // VitePress compiles fences whose language ends in -vue (```js-vue).
        const language = token.info.trim().split(/\s+/)[0] ?? ''
        if (/-vue(?=:|$)/.test(language)) {
          this.checkMustaches(token.content, line + 1, 'in a -vue code block')
        }
      } else if (token.type === 'inline') {
        this.checkInline(token.children ?? [], line, vPreDepth > 0)
      }
    }
  }

  checkInline(children: Token[], firstLine: number, inVPre: boolean): void {
    let line = firstLine
    for (const child of children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') {
        line++
        continue
      }
      this.checkTokenAttributes(child, line)
      if (child.type === 'html_inline')
        this.checkHtml(child.content, line, !inVPre)
      if (!inVPre && child.type === 'text')
        this.checkMustaches(child.content, line, 'in text')
      if (!inVPre && child.type === 'code_inline') {
        this.checkMustaches(child.content, line, 'in inline code')
      }
    }
  }

  /** Every string in the frontmatter, with the HTML checks (hero and features use v-html). */
  checkFrontmatter(yaml: string, firstLine: number): void {
    const lineCounter = new LineCounter()
    const document = parseDocument(yaml, { lineCounter })
    const lineOf = (offset: number | undefined) =>
      firstLine +
      (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1)

    const visit = (node: unknown, key: string): void => {
      if (isScalar(node)) {
        if (typeof node.value !== 'string') return
        const line = lineOf(node.range?.[0])
        this.checkHtml(node.value, line, false)
        if (isJavaScriptUrl(this.md, node.value)) {
          this.report(
            line,
            `javascript: URL in frontmatter ${key}: it runs code when followed; link to a page instead`
          )
        }
      } else if (isMap(node)) {
        for (const pair of node.items) {
          const name = isScalar(pair.key) ? String(pair.key.value) : '?'
          visit(pair.value, key ? `${key}.${name}` : name)
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => visit(item, `${key}[${index}]`))
      }
    }
    visit(document.contents, '')

    // `head: [[tag, attributes, content]]` adds elements to the page's <head>.
    const head = document.get('head')
    if (isSeq(head)) {
      for (const entry of head.items) {
        if (!isSeq(entry)) continue
        const tag = entry.get(0)
        if (
          typeof tag === 'string' &&
          tag.toLowerCase() in forbiddenElements &&
          tag.toLowerCase() !== 'meta' &&
          tag.toLowerCase() !== 'link'
        ) {
          this.report(
            lineOf(entry.range?.[0]),
            `frontmatter head adds a <${tag}>: not allowed, because ${forbiddenElements[tag.toLowerCase()]}`
          )
        }
        const attributes = entry.get(1)
        if (isMap(attributes)) {
          for (const pair of attributes.items) {
            const name = isScalar(pair.key) ? String(pair.key.value) : ''
            const value = isScalar(pair.value) ? String(pair.value.value) : ''
            this.checkAttribute(
              lineOf(
                pair.value && isScalar(pair.value)
                  ? pair.value.range?.[0]
                  : undefined
              ),
              `<${String(tag)}> in frontmatter head`,
              name,
              value
            )
          }
        }
      }
    }
  }
}

/** The frontmatter block and the line where the Markdown body starts. */
export function splitFrontmatter(source: string): {
  frontmatter?: string
  body: string
  bodyLineOffset: number
} {
  const match =
    /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source)
  if (!match) return { body: source, bodyLineOffset: 0 }
  return {
    frontmatter: match[1],
    body: source.slice(match[0].length),
    bodyLineOffset:
      linesBefore(match[0], match[0].length) + (match[0].endsWith('\n') ? 0 : 1)
  }
}

export function lintMarkdown(
  md: MarkdownIt,
  source: string,
  file: string,
  options: ContentSafetyOptions
): ContentProblem[] {
  const linter = new Linter(md, file, options)
  const { frontmatter, body, bodyLineOffset } = splitFrontmatter(source)
  if (frontmatter !== undefined) linter.checkFrontmatter(frontmatter, 2)

  const includes = /<!--\s*@include:\s*(.*?)\s*-->/g
  for (const match of body.matchAll(includes)) {
    const path = (match[1] ?? '').replace(/\{[^}]*\}$/, '').replace(/#.*$/, '')
    linter.checkSnippetPath(
      path,
      file,
      bodyLineOffset + linesBefore(body, match.index) + 1,
      '@include'
    )
  }
  body.split('\n').forEach((text, index) => {
    const snippet = /^\s*<<<\s*(\S+)/.exec(text)
    if (snippet?.[1]) {
      const path = snippet[1]
        .replace(/\{.*$/, '')
        .replace(/#.*$/, '')
        .replace(/\[.*$/, '')
      linter.checkSnippetPath(
        path,
        file,
        bodyLineOffset + index + 1,
        '<<< snippet import'
      )
    }
  })

  // markdown-it drops javascript: links silently; let them through so that
  // the lint names them instead.
  const validateLink = md.validateLink
  md.validateLink = () => true
  try {
    // VitePress's snippet plugin resolves `<<<` paths against env.path.
    const env = {
      path: resolve(file),
      relativePath: relative(options.pagesFolder, file)
    }
    linter.checkTokens(md.parse(body, env), bodyLineOffset)
  } catch (error) {
    // Our own Markdown plugins throw on bad input, naming file and line.
    linter.report(
      bodyLineOffset + 1,
      `cannot be read: ${(error as Error).message}`
    )
  } finally {
    md.validateLink = validateLink
  }
  return linter.problems.sort((a, b) => a.line - b.line)
}

export function formatContentProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}
