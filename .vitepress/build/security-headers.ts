/**
 * Security headers for the built site, written to `<outDir>/_headers` at the
 * end of every build (the `buildEnd` hook in config.mts).
 *
 * The Content-Security-Policy allows scripts, styles, fonts, images and
 * connections from the site's own origin only, never `unsafe-eval`, and no
 * inline script or `<style>` element except those in the build, each allowed
 * by its SHA-256 hash. The hashes are computed from the built files, so the
 * policy follows VitePress's appearance script, its site-data script and any
 * inline script a page adds (a redirect page, say) without anyone editing it.
 *
 * Style *attributes* are allowed (`style-src-attr 'unsafe-inline'`): VitePress
 * writes some (`--vp-vh`), Shiki colours code with them, and the search box
 * inserts excerpts that carry them. They cannot run code or load anything.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFiles } from './files'
import {
  formatHeadersFile,
  parseHeadersFile,
  type HeaderRule
} from './headers-file'
import { readHtmlDocument } from './html-document'

/** The CSP source for a script or style element with exactly this text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The text of `<style>` elements that bundled scripts insert. @vueuse's
 * `useDark` (which VitePress's dark mode uses) adds one for a moment on load
 * and on every toggle, to stop transitions while the colours change.
 */
export function scriptInsertedStyles(javascript: string): string[] {
  const literal = /(["'`])(\*,\*::before,\*::after\{[^"'`\\]*\})\1/g
  return [...javascript.matchAll(literal)].map((match) => match[2] ?? '')
}

export interface InlineCode {
  scripts: string[]
  styles: string[]
}

/** Every distinct inline script and style in the build, sorted. */
export function collectInlineCode(outDir: string): InlineCode {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const file of listFiles(outDir)) {
    if (file.endsWith('.html')) {
      const document = readHtmlDocument(
        readFileSync(join(outDir, file), 'utf8')
      )
      document.inlineScripts.forEach((script) => scripts.add(script))
      document.inlineStyles.forEach((style) => styles.add(style))
    } else if (file.endsWith('.js')) {
      scriptInsertedStyles(readFileSync(join(outDir, file), 'utf8')).forEach(
        (style) => styles.add(style)
      )
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() }
}

export function contentSecurityPolicy(inline: InlineCode): string {
  const hashes = (texts: string[]) =>
    [...new Set(texts.map(sha256Source))].sort()
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes(inline.scripts)],
    ['style-src', "'self'", ...hashes(inline.styles)],
    ['style-src-attr', "'unsafe-inline'"],
    // VitePress's icons are data: SVGs in CSS.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"]
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

export function securityHeaders(inline: InlineCode): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(inline)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'
    ],
    // For browsers older than CSP's frame-ancestors.
    ['X-Frame-Options', 'DENY']
  ]
}

/** Cloudflare Pages ignores longer lines of `_headers`. */
export const maxHeaderLineLength = 2000

/**
 * Writes `<outDir>/_headers`: any rules from `public/_headers` (which Vite
 * copied there), then the security headers for every path. Throws if the
 * copied rules set one of the same headers, since hosts would join the two
 * values into a second, stricter policy, or if a line is too long.
 */
export function writeSecurityHeaders(outDir: string): string {
  const path = join(outDir, '_headers')
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const headers = securityHeaders(collectInlineCode(outDir))

  const ours = new Set(headers.map(([name]) => name.toLowerCase()))
  for (const rule of parseHeadersFile(existing)) {
    for (const [name] of rule.headers) {
      if (ours.has(name.toLowerCase())) {
        throw new Error(
          `public/_headers sets ${name} for ${rule.pattern}, which the build writes itself (.vitepress/build/security-headers.ts); remove it there.`
        )
      }
    }
  }

  const rules: HeaderRule[] = [{ pattern: '/*', headers }]
  const text = `${existing.trimEnd()}${existing.trim() ? '\n\n' : ''}${formatHeadersFile(rules)}`
  const longLine = text
    .split('\n')
    .find((line) => line.length > maxHeaderLineLength)
  if (longLine) {
    throw new Error(
      `_headers has a line of ${longLine.length} characters, over the ${maxHeaderLineLength} that Cloudflare Pages reads: "${longLine.slice(0, 80)}…"`
    )
  }
  writeFileSync(path, text)
  return path
}
