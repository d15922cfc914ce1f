/**
 * What a link-preview bot or a link checker reads from a page's HTML: its
 * head tags, where it forwards to, and the ids a `#fragment` can land on.
 * Parsed with happy-dom, which runs no scripts, like a bot.
 */
import { Window } from 'happy-dom'

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

const window = new Window()

/** `0; url=/slack-rules#x` → `/slack-rules#x`. */
export function refreshUrl(content: string): string | undefined {
  return /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(content)?.[1]
}

export function readPageFacts(html: string): PageFacts {
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  const meta: Record<string, string> = {}
  let refresh: string | undefined
  for (const element of document.querySelectorAll('meta')) {
    const key = element.getAttribute('name') ?? element.getAttribute('property')
    const content = element.getAttribute('content') ?? ''
    if (key && !(key in meta)) meta[key] = content
    if (element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
      refresh = refreshUrl(content)
  }
  const anchorsAttribute =
    document.documentElement.getAttribute('data-anchors') ?? '{}'
  return {
    lang: document.documentElement.getAttribute('lang') ?? undefined,
    title: document.title,
    meta,
    canonical:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      undefined,
    refresh,
    anchors: JSON.parse(anchorsAttribute) as Record<string, string>,
    ids: new Set(
      [...document.querySelectorAll('[id]')].map((element) => element.id)
    ),
    links: [...document.querySelectorAll('body a[href]')].map((element) => ({
      href: element.getAttribute('href') ?? '',
      text: (element.textContent ?? '').trim()
    }))
  }
}
