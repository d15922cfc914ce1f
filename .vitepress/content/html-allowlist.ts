/**
 * What HTML a page may hold once markdown-it has rendered it: GitHub's
 * README allowlist (hast-util-sanitize's `defaultSchema`), trimmed, plus
 * what VitePress's own Markdown output needs (header anchors, code blocks
 * and groups, custom containers, alerts, details, `[[toc]]`). The sanitizer
 * (content/sanitize.ts) removes anything else and the build fails on it.
 * Components and their props are in theme/markdown-components.ts.
 */

/** Attributes any allowed element may have (GitHub's list, trimmed). */
export const globalAttributes: readonly string[] = [
  ...['abbr', 'align', 'alt', 'aria-describedby', 'aria-hidden', 'aria-label'],
  ...['aria-labelledby', 'class', 'colspan', 'datetime', 'dir', 'headers'],
  ...['height', 'id', 'lang', 'rowspan', 'scope', 'span', 'start', 'summary'],
  ...['tabindex', 'title', 'valign', 'width']
]

/** Element → the attributes it may have besides the global ones. */
export const htmlElements: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    [
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'br', 'hr'],
      ...['b', 'i', 'strong', 'em', 'pre', 'code', 'tt', 'sup', 'sub', 's'],
      ...['strike', 'kbd', 'samp', 'var', 'mark', 'small', 'abbr', 'bdo'],
      ...['dfn', 'time', 'wbr', 'ruby', 'rt', 'rp', 'ul', 'dl', 'dt', 'dd'],
      ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'],
      ...['figure', 'figcaption', 'summary', 'cite', 'nav', 'button']
    ].map((name) => [name, []])
  ),
  a: ['href', 'target', 'rel', 'hreflang'],
  img: ['src', 'loading'],
  ol: ['type', 'reversed'],
  li: ['value'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  details: ['open'],
  // Code groups: tabs are radio buttons and their labels.
  input: ['type', 'name', 'checked', 'disabled'],
  label: ['for', 'data-title']
}

/** Only these values, where an attribute's values are few. */
export const attributeValues: Readonly<Record<string, RegExp>> = {
  target: /^_blank$/,
  rel: /^(?:noreferrer|noopener|nofollow)(?: (?:noreferrer|noopener|nofollow))*$/,
  tabindex: /^(?:-1|0)$/,
  // Code groups use radio buttons; GitHub task lists use checkboxes.
  type: /^(?:radio|checkbox|1|a|A|i|I)$/,
  loading: /^(?:lazy|eager)$/,
  id: /^[^\s]+$/
}

/**
 * The classes VitePress's Markdown output uses (so Markdown syntax could
 * produce them anyway), and ours. Any other class could pick up the theme's
 * styles for fixed or full-screen elements.
 */
const classNames = new Set([
  // Header anchors, [[toc]], tables of contents
  ...['header-anchor', 'table-of-contents'],
  // Custom containers, details, GitHub alerts, ::: raw
  ...['custom-block', 'custom-block-title', 'github-alert', 'vp-raw'],
  ...['tip', 'info', 'warning', 'danger', 'details', 'note', 'important'],
  'caution',
  // Code blocks and code groups
  ...['vp-code-group', 'tabs', 'blocks', 'active', 'vp-adaptive-theme'],
  ...['copy', 'lang', 'shiki', 'shiki-themes', 'vp-code', 'line'],
  ...['github-light', 'github-dark', 'has-highlighted', 'has-diff'],
  ...['has-focused-lines', 'highlighted', 'error', 'has-focus', 'diff'],
  ...['add', 'remove', 'line-numbers-mode', 'line-numbers-wrapper'],
  'line-number',
  // Ours: the rule-container plugin's anchors for a rule's former ids
  'rule-alias-anchor'
])

/** `language-ts`: a code block's language, from its fence. */
const languageClass = /^language-[\w+#.-]+$/

export function isAllowedClass(name: string): boolean {
  return classNames.has(name) || languageClass.test(name)
}

/**
 * Style attributes: only the colours Shiki gives highlighted code and the
 * column alignment markdown-it gives table cells. Nothing that positions,
 * sizes or loads anything.
 */
export function isAllowedStyle(element: string, value: string): boolean {
  if (element === 'span')
    return /^(?:--shiki-[a-z-]+:(?:#[0-9a-fA-F]{3,8}|italic|bold|underline|normal|none|inherit);?)+$/.test(
      value
    )
  if (element === 'th' || element === 'td')
    return /^text-align: ?(?:left|center|right);?$/.test(value)
  return false
}

/** The image files pages may show: the one list, for docs/ too. */
export const imageExtensions = [
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg'
]
export const imageFile = new RegExp(`\\.(?:${imageExtensions.join('|')})$`, 'i')

/** Attributes whose value is a URL. */
export const urlAttributes = new Set(['href', 'src', 'cite'])

/** Link schemes a reader may follow (GitHub's list, trimmed). */
const linkSchemes = new Set(['http', 'https', 'mailto'])

/**
 * Why a URL may not be used, or undefined when it may. An `image` (which the
 * browser fetches by itself) must be on this site: a request to another host
 * tells it who reads the page. Like browsers, this ignores case, control
 * characters, spaces and tabs (`java\tscript:`), and reads `\` as `/`.
 * A relative image is resolved from `page` (relative to the pages folder).
 */
export function urlProblem(
  url: string,
  use: 'link' | 'image',
  page = 'index.md'
): string | undefined {
  // eslint-disable-next-line no-control-regex
  const plain = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase()
  const otherHost = /^[/\\]{2}/.test(plain)
  if (use === 'image') {
    if (scheme === 'data') return 'a data: URL is not allowed'
    if (scheme || otherHost)
      return 'an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path'
    // Vue turns a relative img src into a module import: only image files,
    // and no `?query` or `~`/`@` prefix (both resolved by Vite).
    if (/^[~@]/.test(plain) || plain.includes('?') || !imageFile.test(plain))
      return `an image must be a .${imageExtensions.join(', .')} file with no ?query and no ~ or @ prefix: anything else becomes a module the page imports`
    return imagePathProblem(plain, page)
  }
  if (scheme && !linkSchemes.has(scheme))
    return `the ${scheme}: scheme is not allowed; links may use http:, https:, mailto: or a path on this site`
  if (otherHost)
    return 'a link starting with // is not allowed; write https:// in full'
  return undefined
}

/**
 * Why a relative image path may not be used from `page`. The build bundles
 * whatever file it names, anywhere on the machine that builds the site
 * (`../../home/x.png`, or an SVG outside docs/ that no check has read), and
 * decodes %-escapes (`%2e%2e/`) first. A path from `/` is a file in public/.
 */
function imagePathProblem(path: string, page: string): string | undefined {
  if (path.startsWith('/')) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return 'its %-escapes do not decode, so no one can tell which file it names'
  }
  let depth = page.split('/').length - 1
  for (const segment of decoded.split(/[/\\]/)) {
    if (segment === '..') depth--
    else if (segment !== '.' && segment !== '') depth++
    if (depth < 0)
      return 'an image must be in the pages folder (or public/, as /name.png): this path leaves it, and the build would publish whatever file it names'
  }
  return undefined
}

/**
 * Ids the theme gives its own elements, which come after the content or
 * are found by id (VitePress's `VPContent`, `*-aria-label` landmark labels,
 * `app`, search, Vue's `useId()`): a page's element with one would come
 * first in the document, so a landmark would be named by the page's text,
 * a skip link would land on it, or i18n/upstream-labels.ts and the islands
 * would rewrite and read it instead.
 */
const themeIds =
  /^(?:app|docsearch|local-search|search-results|VP.*|localsearch-.*|v-\d.*|.*-aria-label)$/

/** Why an element may not have this id, given the page's ids so far. */
export function idProblem(
  id: string,
  pageIds: ReadonlySet<string>
): string | undefined {
  if (themeIds.test(id))
    return "the theme gives this id to an element of its own; the page's would come first and take its place (its label, a skip link's target, what a script finds). Choose another id; for a heading, write one after it with {#other-id}."
  // A second element with a rule's id, written before it, would be where
  // `/r/<id>` and Slack's links to the rule land.
  if (pageIds.has(id))
    return `the page already has this id, and a link to #${id} would land on the first`
  return undefined
}

/** Why these elements are refused, where the reason is not obvious. */
export const elementReasons: Readonly<Record<string, string>> = {
  script: 'it runs code in readers’ browsers',
  style: 'it restyles the whole site, and can load from anywhere',
  iframe: 'it embeds another site',
  frame: 'it embeds another site',
  object: 'it embeds external content',
  embed: 'it embeds external content',
  form: 'it sends readers’ input anywhere',
  base: 'it changes where every link on the page points',
  meta: 'it can redirect the page',
  link: 'it loads files from anywhere',
  svg: 'SVG can run code (animate, set, foreignObject)',
  math: 'MathML can hide HTML from the sanitizer',
  template:
    'only a component’s named slot, directly inside it, may be a <template>',
  textarea: 'it is a form field',
  select: 'it is a form field'
}
