/**
 * HTML as a browser reads it (parse5, the HTML standard's own parsing
 * algorithm, which runs no scripts, like a link-preview bot), for the checks
 * of the built site: a page's elements, and what a bot or a link checker
 * reads of it (its head, where it forwards to, its ids and its URLs).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
export type Element = DefaultTreeAdapterMap['element']

/** One URL in a page, and where it is. */
export interface UrlReference {
  url: string
  /** Such as `<a href>` or `<meta http-equiv="refresh">`. */
  source: string
  /** The link's text or label, to find it in the page; may be empty. */
  text: string
  /** 1-based line in the HTML file. */
  line: number
}

export interface HtmlDocument {
  lang?: string
  title: string
  /** `<meta>` content by `name` or `property`, first occurrence. */
  meta: Record<string, string>
  canonical?: string
  /** The meta refresh's URL, when the page forwards the reader. */
  refresh?: string
  /** A forwarding page's old anchors and where each now lives. */
  anchors: Record<string, string>
  /** Every fragment a link can target: element ids and `<a name>`. */
  ids: Set<string>
  references: UrlReference[]
  /** The `href` of the page's `<base>`, which relative URLs resolve against. */
  baseHref?: string
}

/** Which attributes of which elements hold a URL. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action']
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name && !attr.prefix)?.value
}

function children(node: Node): Node[] {
  if (node.nodeName === 'template') {
    return (node as DefaultTreeAdapterMap['template']).content.childNodes
  }
  return 'childNodes' in node ? node.childNodes : []
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') {
    return (node as DefaultTreeAdapterMap['textNode']).value
  }
  return children(node).map(textOf).join('')
}

/** The URLs of a `srcset`: each candidate is a URL and an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '')
}

/**
 * The URL of `<meta http-equiv="refresh" content="0; url=/page">`, or
 * undefined when it only reloads: the HTML standard's "shared declarative
 * refresh steps", loosely.
 */
export function refreshUrl(content: string): string | undefined {
  const match =
    /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.*?)\1\s*$/i.exec(
      content
    )
  const url = match?.[2]?.trim()
  return url ? url : undefined
}

export function line(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 0
}

function labelOf(element: Element): string {
  const text = textOf(element).replace(/\s+/g, ' ').trim()
  const label =
    text || attribute(element, 'aria-label') || attribute(element, 'title')
  return label ? label.slice(0, 60) : ''
}

/**
 * Every element in document order, `<template>` contents included, as a
 * browser parses it, with each element's place in the source.
 */
export function parseElements(html: string): Element[] {
  const stack: Node[] = [parse(html, { sourceCodeLocationInfo: true })]
  const elements: Element[] = []
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('tagName' in node) elements.push(node)
    stack.push(...children(node).slice().reverse())
  }
  return elements
}

export function readHtmlDocument(html: string): HtmlDocument {
  const result: HtmlDocument = {
    title: '',
    meta: {},
    anchors: {},
    ids: new Set(),
    references: []
  }
  const reference = (element: Element, url: string, source: string) =>
    result.references.push({
      url,
      source,
      text: ['a', 'area'].includes(element.tagName) ? labelOf(element) : '',
      line: line(element)
    })

  for (const element of parseElements(html)) {
    const tag = element.tagName
    const id = attribute(element, 'id')
    if (id) result.ids.add(id)
    const name = attribute(element, 'name')
    if (tag === 'a' && name) result.ids.add(name)
    if (tag === 'html') {
      result.lang = attribute(element, 'lang')
      result.anchors = JSON.parse(
        attribute(element, 'data-anchors') ?? '{}'
      ) as Record<string, string>
    } else if (tag === 'title' && !result.title) {
      result.title = textOf(element).trim()
    } else if (tag === 'base' && result.baseHref === undefined) {
      result.baseHref = attribute(element, 'href')
    } else if (tag === 'link' && result.canonical === undefined) {
      if (attribute(element, 'rel') === 'canonical')
        result.canonical = attribute(element, 'href')
    } else if (tag === 'meta') {
      const key = name ?? attribute(element, 'property')
      const content = attribute(element, 'content') ?? ''
      if (key && !(key in result.meta)) result.meta[key] = content
      if (attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
        result.refresh = refreshUrl(content)
        if (result.refresh)
          reference(element, result.refresh, '<meta http-equiv="refresh">')
      }
    }

    for (const name of urlAttributes[tag] ?? []) {
      const value = attribute(element, name)
      if (value === undefined) continue
      const urls = name === 'srcset' ? srcsetUrls(value) : [value]
      for (const url of urls) reference(element, url, `<${tag} ${name}>`)
    }
  }
  return result
}
