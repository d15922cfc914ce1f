/**
 * The second line behind the Markdown sanitizer: checks each built page, as
 * a browser parses it (parse5), for anything that could run code or send
 * the reader elsewhere. A page may hold inline scripts and `<style>`s only
 * from the exact list (inline-code.ts), external scripts only from the
 * build's assets, and no script with a `data-` attribute; no event-handler
 * attribute; no `javascript:` or `vbscript:` URL in any attribute (as a
 * browser reads it, SVG animation values and meta refresh included), and
 * `data:` URLs only in images; no `<base>`, frames, `<object>`, `<embed>`
 * or `<form>`; no new tab (`target="_blank"`) without noopener or
 * noreferrer; no `http-equiv` but a same-site refresh; `<link>`s to this site
 * only (canonical and hreflang aside); and either no `og:`/`twitter:` tags
 * or exactly the previews code's, so a page cannot replace what Slack shows.
 */
import {
  attribute,
  line,
  parseElements,
  refreshUrl,
  srcsetUrls,
  textOf,
  type Element
} from './html-document'

export interface OutputAllowlist {
  /** Texts of the inline scripts we ship. */
  scripts: ReadonlySet<string>
  /** Texts of the `<style>` elements we ship. */
  styles: ReadonlySet<string>
  /** The `og:`/`twitter:` keys the previews code writes, each once. */
  previewKeys: readonly string[]
  /** The site's base path, such as `/` or `/pr-preview/`. */
  base: string
}

export interface OutputProblem {
  /** 1-based line in the built HTML file. */
  line: number
  problem: string
}

const forbiddenElements = new Set([
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  // The search dialog builds its form in the browser; no page ships one.
  'form',
  'applet',
  'portal'
])

/** SVG elements whose `values`/`from`/`to`/`by` can set an `href`. */
const svgAnimations = new Set([
  'animate',
  'set',
  'animateMotion',
  'animateTransform',
  'animateColor'
])

/** Attributes that load or navigate to a URL, where `data:` is checked. */
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'codebase',
  'lowsrc',
  'dynsrc',
  'icon'
])

/**
 * The scheme a browser would see: leading and trailing spaces and control
 * characters stripped, tabs and newlines removed anywhere, lower-cased.
 * Character references are already decoded by the parser.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
}

const runnableSchemes = new Set(['javascript', 'vbscript'])

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}

/** The URLs one attribute value holds, as the browser would split them. */
function urlsOf(element: Element, name: string, value: string): string[] {
  if (name === 'srcset') return srcsetUrls(value)
  if (svgAnimations.has(element.tagName) && name !== 'href') {
    return value.split(';')
  }
  if (
    element.tagName === 'meta' &&
    name === 'content' &&
    attribute(element, 'http-equiv')?.toLowerCase() === 'refresh'
  ) {
    return [refreshUrl(value) ?? '']
  }
  return [value]
}

/** A path on this site: no scheme, no other host (`//host`, `\\host`). */
function isSitePath(url: string): boolean {
  return urlScheme(url) === undefined && !/^[\s/\\]{2}/.test(url.trim())
}

function attributeProblems(element: Element): string[] {
  const problems: string[] = []
  const tag = element.tagName
  for (const { name, prefix, value } of element.attrs) {
    const shown = prefix ? `${prefix}:${name}` : name
    if (/^on/i.test(name)) {
      problems.push(
        `<${tag}> has an event-handler attribute ${shown}="${short(value)}"`
      )
      continue
    }
    for (const url of urlsOf(element, name, value)) {
      const scheme = urlScheme(url)
      if (scheme && runnableSchemes.has(scheme)) {
        problems.push(
          `<${tag} ${shown}> holds a ${scheme}: URL "${short(url)}"`
        )
      } else if (
        scheme === 'data' &&
        urlAttributes.has(name) &&
        !(
          (tag === 'img' && (name === 'src' || name === 'srcset')) ||
          (tag === 'source' && name === 'srcset')
        )
      ) {
        problems.push(`<${tag} ${shown}> holds a data: URL "${short(url)}"`)
      }
    }
  }
  return problems
}

function elementProblems(
  element: Element,
  allow: OutputAllowlist,
  previewTags: string[]
): string[] {
  const tag = element.tagName
  const problems = attributeProblems(element)
  if (forbiddenElements.has(tag)) {
    problems.push(`<${tag}> is not allowed in a page`)
  }
  if (
    (tag === 'a' || tag === 'area') &&
    attribute(element, 'target')?.toLowerCase() === '_blank' &&
    !/\bno(?:opener|referrer)\b/i.test(attribute(element, 'rel') ?? '')
  ) {
    problems.push(
      `<${tag} target="_blank"> has no rel="noreferrer" or "noopener", so the page it opens can send this tab elsewhere`
    )
  }
  if (tag === 'script') {
    const src = attribute(element, 'src')
    const assets = `${allow.base}assets/`
    if (src !== undefined) {
      if (!src.startsWith(assets) || !isSitePath(src)) {
        problems.push(
          `<script src="${short(src)}"> loads a script from outside ${assets}`
        )
      }
    } else if (!allow.scripts.has(textOf(element))) {
      problems.push(
        `an inline <script> that is not one of the scripts we ship: "${short(textOf(element))}"`
      )
    }
    // No script we ship reads a data attribute of its element; one that did
    // could be steered to load what the attribute names.
    for (const { name } of element.attrs) {
      if (name.startsWith('data-'))
        problems.push(
          `<script ${name}> carries a data attribute, which no script we ship reads`
        )
    }
  }
  if (tag === 'style' && !allow.styles.has(textOf(element))) {
    problems.push(
      `a <style> element that is not one of the styles we ship: "${short(textOf(element))}"`
    )
  }
  if (tag === 'meta') {
    const equiv = attribute(element, 'http-equiv')?.toLowerCase()
    const refresh = refreshUrl(attribute(element, 'content') ?? '')
    if (equiv === 'refresh' && refresh !== undefined && !isSitePath(refresh)) {
      problems.push(`<meta http-equiv="refresh"> leaves the site: "${refresh}"`)
    } else if (equiv !== undefined && equiv !== 'refresh') {
      problems.push(`<meta http-equiv="${equiv}"> is not allowed in a page`)
    }
    const key = (
      attribute(element, 'property') ?? attribute(element, 'name')
    )?.toLowerCase()
    if (key?.startsWith('og:') || key?.startsWith('twitter:')) {
      previewTags.push(key)
    }
  }
  if (tag === 'link') {
    const href = attribute(element, 'href') ?? ''
    const rel = attribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? []
    // Canonical and hreflang alternates must be absolute (i18n/head.ts).
    const absolute = rel.includes('canonical') || rel.includes('alternate')
    if (!absolute && !isSitePath(href)) {
      problems.push(
        `<link rel="${rel.join(' ')}"> points at another site: "${short(href)}"`
      )
    }
  }
  return problems
}

/** Exactly the keys the previews code writes, each once; or none at all. */
function previewProblems(found: string[], expected: readonly string[]): string {
  if (found.length === 0) return ''
  const count = (list: readonly string[], key: string) =>
    list.filter((item) => item === key).length
  const wrong = [...new Set([...found, ...expected])].filter(
    (key) => count(found, key) !== count(expected, key)
  )
  return wrong
    .map((key) =>
      count(expected, key) === 0
        ? `a ${key} tag, which the site's link previews never write`
        : `${count(found, key)} ${key} tags where the site's link previews write ${count(expected, key)}`
    )
    .join('; ')
}

/** Every problem in one built page, in document order. */
export function checkBuiltPage(
  html: string,
  allow: OutputAllowlist
): OutputProblem[] {
  const problems: OutputProblem[] = []
  const previewTags: string[] = []
  let firstPreviewLine = 0
  for (const element of parseElements(html)) {
    const before = previewTags.length
    for (const problem of elementProblems(element, allow, previewTags)) {
      problems.push({ line: line(element), problem })
    }
    if (before === 0 && previewTags.length > 0) firstPreviewLine = line(element)
  }
  const preview = previewProblems(previewTags, allow.previewKeys)
  if (preview) problems.push({ line: firstPreviewLine, problem: preview })
  return problems
}
