/**
 * What a link-preview bot or a link checker reads from a page's HTML: its
 * head tags, where it forwards to, and the ids a `#fragment` can land on.
 * Parsed with parse5 (build/html-document.ts), which runs no scripts, like a
 * bot.
 */
import {
  attribute,
  parseElements,
  refreshUrl,
  textOf
} from '../build/html-document'

export interface PageFacts {
  lang?: string
  title: string
  /** `<meta>` content by `name` or `property`, first occurrence. */
  meta: Record<string, string>
  canonical?: string
  /** The meta refresh's URL, when the page forwards the reader. */
  refresh?: string
  /** A forwarding page's old anchors and where each now lives. */
  anchors: Record<string, string>
  /** Every element id on the page. */
  ids: Set<string>
  /** Every link in the body. */
  links: { href: string; text: string }[]
}

export function readPageFacts(html: string): PageFacts {
  const facts: PageFacts = {
    title: '',
    meta: {},
    anchors: {},
    ids: new Set(),
    links: []
  }
  let inBody = false
  for (const element of parseElements(html)) {
    const tag = element.tagName
    const id = attribute(element, 'id')
    if (id) facts.ids.add(id)
    if (tag === 'html') {
      facts.lang = attribute(element, 'lang')
      facts.anchors = JSON.parse(
        attribute(element, 'data-anchors') ?? '{}'
      ) as Record<string, string>
    } else if (tag === 'title' && !facts.title) {
      facts.title = textOf(element).trim()
    } else if (tag === 'meta') {
      const key = attribute(element, 'name') ?? attribute(element, 'property')
      const content = attribute(element, 'content') ?? ''
      if (key && !(key in facts.meta)) facts.meta[key] = content
      if (attribute(element, 'http-equiv')?.toLowerCase() === 'refresh')
        facts.refresh = refreshUrl(content)
    } else if (tag === 'link' && facts.canonical === undefined) {
      if (attribute(element, 'rel') === 'canonical')
        facts.canonical = attribute(element, 'href')
    } else if (tag === 'body') {
      inBody = true
    } else if (tag === 'a' && inBody) {
      const href = attribute(element, 'href')
      if (href !== undefined)
        facts.links.push({ href, text: textOf(element).trim() })
    }
  }
  return facts
}
