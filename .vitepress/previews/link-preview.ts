/**
 * Link-preview metadata: what Slack, chat apps and search engines read from a
 * page's `<head>` (Open Graph, Twitter cards, the canonical URL). Link-preview
 * bots run no scripts and resolve no relative URLs reliably, so every URL
 * here is absolute.
 */
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import type { HeadConfig } from 'vitepress'

export interface LinkPreview {
  /** The title previews show (`og:title`), without the site's name. */
  title: string
  /** The `<title>` of the page, when it differs from `title`. */
  documentTitle?: string
  description: string
  /** Absolute URL of the thing previewed (`og:url`). */
  url: string
  /** Absolute URL search engines should index (`rel="canonical"`). */
  canonical: string
  siteName: string
  /** BCP 47 tag of the page, such as `en-US`. */
  lang: string
  image: {
    /** Absolute URL of a 1200×630 PNG. */
    url: string
    /** What the image shows, for readers who cannot see it. */
    alt: string
    width: number
    height: number
  }
}

/** The `<head>` tags of a link preview, in VitePress's `HeadConfig` form. */
export function linkPreviewHead(preview: LinkPreview): HeadConfig[] {
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    ['meta', { [key]: name, content }] satisfies HeadConfig
  return [
    ['link', { rel: 'canonical', href: preview.canonical }],
    meta('name', 'description', preview.description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', preview.siteName),
    // `en-US` → `en_US`, the form Open Graph expects.
    meta('property', 'og:locale', preview.lang.replace('-', '_')),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', preview.url),
    meta('property', 'og:image', preview.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(preview.image.width)),
    meta('property', 'og:image:height', String(preview.image.height)),
    meta('property', 'og:image:alt', preview.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    meta('name', 'twitter:image', preview.image.url),
    meta('name', 'twitter:image:alt', preview.image.alt)
  ]
}

/** Renders `link` and `meta` tags as HTML, for pages VitePress does not render. */
export function renderHeadTags(head: readonly HeadConfig[]): string {
  return head
    .map(([tag, attrs]) => {
      const attributes = Object.entries(attrs)
        .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
        .join('')
      return `<${tag}${attributes}>`
    })
    .join('\n    ')
}
