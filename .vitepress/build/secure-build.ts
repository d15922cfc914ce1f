/**
 * The build's last step (`buildEnd`, after every page and short link is
 * written): checks each built page against the exact list of what we ship
 * (output-check.ts), then puts the CSP in each as a `<meta http-equiv>` and
 * writes `_headers`. The meta goes right after `<meta charset>`, before
 * anything that loads: a meta policy governs only what the parser meets
 * after it, and neither `transformHead` nor `transformHtml` could put it
 * there, or reach the short-link pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import type { SiteConfig } from 'vitepress'
import { ContentError } from '../content-error'
import { publicFileClashes } from '../content/public-files'
import { sentence } from '../content/problems'
import { linkPreviewHead } from '../previews/link-preview'
import { listFiles } from './files'
import { parseElements, attribute } from './html-document'
import {
  scriptInsertedStyles,
  shippedScripts,
  shippedStyles,
  type InlineCode
} from './inline-code'
import { checkBuiltPage, type OutputAllowlist } from './output-check'
import {
  contentSecurityPolicy,
  writeSecurityHeaders,
  type PolicyInput
} from './security-headers'

/** The `og:`/`twitter:` keys our previews code writes on every page. */
export const previewKeys: readonly string[] = linkPreviewHead({
  title: 't',
  description: 'd',
  url: 'https://site.example/',
  canonical: 'https://site.example/',
  siteName: 's',
  lang: 'en',
  image: { url: 'https://site.example/i.png', alt: 'a', width: 1, height: 1 }
})
  .map(([, attrs]) => attrs.property ?? attrs.name ?? '')
  .filter((key) => /^(og|twitter):/.test(key))

/** The head element that sets the policy for hosts that send no headers. */
export function metaPolicyElement(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`
}

/**
 * The page with the meta policy as the first element after `<meta charset>`
 * (or first in the head when there is none).
 */
export function withMetaPolicy(html: string, policy: string): string {
  const elements = parseElements(html)
  const charset = elements.find(
    (element) =>
      element.tagName === 'meta' && attribute(element, 'charset') !== undefined
  )
  const head = elements.find((element) => element.tagName === 'head')
  const offset =
    charset?.sourceCodeLocation?.endOffset ??
    head?.sourceCodeLocation?.startTag?.endOffset ??
    // No <head> in the source: a <meta> before anything else opens one.
    (/^\s*<!doctype[^>]*>/i.exec(html)?.[0].length || 0)
  const indent = charset ? '\n    ' : ''
  return `${html.slice(0, offset)}${indent}${metaPolicyElement(policy)}${html.slice(offset)}`
}

/** The file a maintainer edits to change a built page. */
export function sourceOf(siteConfig: SiteConfig, file: string): string {
  const root = siteConfig.root
  const page = siteConfig.pages.find(
    (page) =>
      (siteConfig.rewrites.map[page] ?? page).replace(/\.md$/, '.html') === file
  )
  if (page) return relative(root, join(siteConfig.srcDir, page))
  const publicDir =
    siteConfig.vite?.publicDir || join(siteConfig.srcDir, 'public')
  if (existsSync(join(publicDir, file)))
    return relative(root, join(publicDir, file))
  if (file === '404.html') return "VitePress's not-found page"
  return 'a page the build writes (.vitepress/links/publish-links.ts)'
}

/** Fails when a bundled script inserts a `<style>` that is not on the list. */
function checkScriptInsertedStyles(
  outDir: string,
  styles: readonly InlineCode[]
) {
  const known = new Set(styles.map(({ text }) => text))
  for (const file of listFiles(outDir).filter((file) => file.endsWith('.js'))) {
    for (const style of scriptInsertedStyles(
      readFileSync(join(outDir, file), 'utf8')
    )) {
      if (!known.has(style)) {
        throw new Error(
          `${file} inserts a <style> that is not on the list in .vitepress/build/inline-code.ts: "${style.slice(0, 80)}". ` +
            'If a dependency changed it, update the list; the CSP allows only listed styles.'
        )
      }
    }
  }
}

/** Fails when a file of public/ has the path of one the build writes. */
function checkPublicFileClashes(siteConfig: SiteConfig) {
  const publicDir = siteConfig.vite?.publicDir
  const [first, ...more] = publicDir
    ? publicFileClashes(publicDir, siteConfig.outDir)
    : []
  if (first)
    throw new ContentError(
      first.file,
      sentence(first.message),
      more.length
        ? `And ${more.map(({ file }) => file).join(', ')}.`
        : undefined
    )
}

/**
 * Checks public/ and every built page, then writes the policy into each
 * page and into `_headers`.
 */
export function secureBuiltSite(siteConfig: SiteConfig): PolicyInput {
  const { outDir } = siteConfig
  checkPublicFileClashes(siteConfig)
  const inline: PolicyInput = {
    scripts: shippedScripts(siteConfig.site.base),
    styles: shippedStyles
  }
  checkScriptInsertedStyles(outDir, inline.styles)

  const allow: OutputAllowlist = {
    scripts: new Set(inline.scripts.map(({ text }) => text)),
    styles: new Set(inline.styles.map(({ text }) => text)),
    previewKeys,
    base: siteConfig.site.base
  }
  const pages = listFiles(outDir).filter((file) => file.endsWith('.html'))
  const found = pages.flatMap((file) =>
    checkBuiltPage(readFileSync(join(outDir, file), 'utf8'), allow).map(
      (problem) => ({ file, ...problem })
    )
  )
  const [first] = found
  if (first) {
    const more =
      found.length > 1
        ? ` (and ${found.length - 1} more: ${found
            .slice(1, 6)
            .map(({ file, line, problem }) => `${file}:${line} ${problem}`)
            .join('; ')})`
        : ''
    throw new ContentError(
      sourceOf(siteConfig, first.file),
      `In the built page ${first.file}, line ${first.line}: ${first.problem}${more}.`,
      'Remove it from the source. Scripts, event handlers and script URLs never reach a page; our own inline scripts are listed in .vitepress/build/inline-code.ts.'
    )
  }

  const policy = contentSecurityPolicy(inline, 'meta')
  for (const file of pages) {
    const path = join(outDir, file)
    writeFileSync(path, withMetaPolicy(readFileSync(path, 'utf8'), policy))
  }
  writeSecurityHeaders(outDir, inline)
  return inline
}
