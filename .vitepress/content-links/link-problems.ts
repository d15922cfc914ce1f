/**
 * Dead links and dead `#anchors` in the Markdown, as pure functions over
 * what check-links.ts records while VitePress renders, each reported as
 * `docs/<file>.md:<line>`. VitePress's own check names only the file and
 * ignores `#anchors`; this one runs before it.
 */
import { ContentError } from '../content-error'

/** One link in a page's Markdown. */
export interface MarkdownLink {
  href: string
  /** `docs/community.md:12`. */
  location: string
}

/** What the Markdown of one page links to, and the ids it renders. */
export interface PageLinks {
  links: MarkdownLink[]
  /** Every `id` in the page's rendered HTML: headings, rules, aliases. */
  ids: ReadonlySet<string>
}

export interface LinkTargets {
  /** Pages by their file, relative to `docs/`: `community.md`. */
  pages: ReadonlyMap<string, PageLinks>
  /** Whether a static or generated file (`/favicon.svg`, `/r/2`) is served at a path. */
  isServed: (path: string) => boolean
}

/** `mailto:`, `https:`, `//host`: not ours to check. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')
}

/** Resolves `../a/b.md` against the folder of `from` (`guide/x.md`). */
function resolvePath(from: string, path: string): string {
  const parts = path.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  const joined = parts.join('/')
  return joined !== '' && path.endsWith('/') ? `${joined}/` : joined
}

/** The page files a resolved path may mean, as VitePress reads it. */
function candidateFiles(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.md`]
  if (path.endsWith('.md')) return [path]
  if (path.endsWith('.html')) return [path.replace(/\.html$/, '.md')]
  return [`${path}.md`, `${path}/index.md`]
}

/** The closest of `options` to `wanted`, if it is close enough to be a typo. */
export function closest(
  wanted: string,
  options: Iterable<string>
): string | undefined {
  let best: { option: string; distance: number } | undefined
  for (const option of options) {
    const distance = editDistance(wanted, option)
    if (!best || distance < best.distance) best = { option, distance }
  }
  return best && best.distance <= Math.max(2, wanted.length / 3)
    ? best.option
    : undefined
}

/** Levenshtein distance: how many one-letter edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (const [i, letter] of [...a].entries()) {
    const current = [i + 1]
    for (const [j, other] of [...b].entries()) {
      current.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (current[j] ?? 0) + 1,
          (previous[j] ?? 0) + (letter === other ? 0 : 1)
        )
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** What is wrong with one link, or `undefined`. */
export function linkProblem(
  file: string,
  link: MarkdownLink,
  targets: LinkTargets
): ContentError | undefined {
  const { href, location } = link
  if (isExternal(href)) return undefined
  const hash = href.indexOf('#')
  const rawPath = hash === -1 ? href : href.slice(0, hash)
  const fragment = hash === -1 ? undefined : href.slice(hash + 1)
  const path = decodeURI(rawPath.replace(/\?.*$/, ''))

  let target = file
  if (path !== '') {
    const resolved = resolvePath(file, path)
    if (targets.isServed(`/${resolved}`)) return undefined
    const extension = /\.([a-z\d]+)$/i.exec(resolved)?.[1]?.toLowerCase()
    if (extension && extension !== 'md' && extension !== 'html') {
      return new ContentError(
        location,
        `the link "${href}" leads to no file: nothing is served at /${resolved}.`,
        'Put the file in public/, or fix the path.'
      )
    }
    const found = candidateFiles(resolved).find((candidate) =>
      targets.pages.has(candidate)
    )
    if (!found) {
      const guess = closest(resolved.replace(/\.(md|html)$/, '') + '.md', [
        ...targets.pages.keys()
      ])
      return new ContentError(
        location,
        `the link "${href}" leads to no page.`,
        guess
          ? `Did you mean ${path.startsWith('/') ? '/' : './'}${guess}? Link to a page by its file in docs/.`
          : `Link to a page by its file in docs/: ${[...targets.pages.keys()].join(', ')}.`
      )
    }
    target = found
  }
  if (fragment === undefined || fragment === '') return undefined
  const ids = targets.pages.get(target)?.ids ?? new Set<string>()
  const id = decodeURIComponent(fragment)
  if (ids.has(id)) return undefined
  const guess = closest(id, ids)
  return new ContentError(
    location,
    `the link "${href}" leads to no heading or rule "#${id}" on docs/${target}.`,
    guess
      ? `Did you mean #${guess}?`
      : 'Link to a heading by its {#id}, or to a rule by its id.'
  )
}

/** Every problem of every page, in page order. */
export function linkProblems(targets: LinkTargets): ContentError[] {
  return [...targets.pages].flatMap(([file, page]) =>
    page.links.flatMap((link) => linkProblem(file, link, targets) ?? [])
  )
}
