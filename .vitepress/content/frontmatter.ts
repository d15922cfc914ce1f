/**
 * The one frontmatter reader, for every part of the site (the build, the
 * lints, link previews, rules, the bench): gray-matter after a byte-order
 * mark is stripped, as VitePress reads it. gray-matter runs `---js` (and
 * `---coffee`, …) blocks as code, so such an opener is refused here before
 * any gray-matter call; the page plugin reads every page here first.
 */
import matter from 'gray-matter'
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument
} from 'yaml'
import { ContentError } from '../content-error'

export interface PageSource {
  /** The frontmatter's data as VitePress sees it; `{}` when there is none. */
  data: Record<string, unknown>
  /** The Markdown after the frontmatter. */
  body: string
  /** Lines above the body: add to a body line to get a file line. */
  bodyOffset: number
  /** Whether the page has a frontmatter block. */
  hasFrontmatter: boolean
  /** The file line of the value at a path, or 1 when it is not there. */
  lineOf: (path: readonly PropertyKey[]) => number
}

const byteOrderMark = /^\uFEFF/

/**
 * Reads `source`; `file` is the path shown in errors (`docs/page.md`). A
 * `---<language>` opener or invalid YAML throws a ContentError.
 */
export function readPage(source: string, file: string): PageSource {
  const text = source.replace(byteOrderMark, '')
  const opener = /^---(?!-)([^\r\n]*)/.exec(text)
  if (opener && opener[1]?.trim()) {
    throw new ContentError(
      `${file}:1`,
      `frontmatter in "${opener[1].trim()}" is not allowed: gray-matter would run it as code.`,
      'Start the file with a line of exactly "---" and write the frontmatter in YAML.'
    )
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    // Options (even empty ones) keep gray-matter from answering from its
    // cache, which is keyed by text alone.
    parsed = matter(text, {})
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    const reason = (error as { reason?: string }).reason ?? String(error)
    throw new ContentError(
      `${file}:${(mark?.line ?? 0) + 1}`,
      `the frontmatter is not valid YAML: ${reason}.`
    )
  }
  const data: unknown = parsed.data
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(
      `${file}:2`,
      'the frontmatter must be a list of "key: value" lines.'
    )
  }
  const body = parsed.content
  const head = text.endsWith(body)
    ? text.slice(0, text.length - body.length)
    : ''
  const rawMatter = parsed.matter ?? ''
  return {
    data: data as Record<string, unknown>,
    body,
    bodyOffset: head.split('\n').length - 1,
    hasFrontmatter: opener !== null,
    lineOf: (path) => lineInMatter(rawMatter, path)
  }
}

/**
 * The file line of the key (or list item) at a path, found with `yaml` (for
 * positions only: the data is gray-matter's), counted from the opener.
 */
function lineInMatter(rawMatter: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter()
  let node: unknown = parseDocument(rawMatter, { lineCounter }).contents
  let line = 1
  for (const segment of path) {
    const item = isMap(node)
      ? node.items.find(
          (pair) => isScalar(pair.key) && pair.key.value === segment
        )
      : isSeq(node) && typeof segment === 'number'
        ? node.items[segment]
        : undefined
    if (!item) break
    const position = (isPair(item) ? item.key : item) as { range?: number[] }
    if (position.range?.[0] !== undefined)
      line = lineCounter.linePos(position.range[0]).line
    node = isPair(item) ? item.value : item
  }
  return line
}
