/**
 * The Content-Security-Policy and the other security headers. Scripts,
 * styles, fonts, images and connections come from the site's own origin,
 * never `unsafe-eval`; inline scripts and `<style>` elements only from the
 * list in inline-code.ts, by SHA-256 hash, never from what the output holds.
 * It ships in `_headers` and in a `<meta http-equiv>` for hosts that send no
 * headers (GitHub Pages); a meta policy cannot carry `frame-ancestors`.
 *
 * Style *attributes* stay allowed (`style-src-attr 'unsafe-inline'`): Shiki
 * colours code tokens and markdown-it aligns table columns with them, and
 * the server render writes Vue `:style` bindings as attributes. The islands
 * set styles through the CSSOM, which the directive does not govern. A
 * style attribute runs no code, `img-src` and `font-src` keep any url() on
 * this site, and the sanitizer lets only those two kinds through.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatHeadersFile } from './headers-file'
import type { InlineCode } from './inline-code'

/** The CSP source for a script or style element with exactly this text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

export interface PolicyInput {
  scripts: readonly InlineCode[]
  styles: readonly InlineCode[]
}

/** Directives a `<meta http-equiv>` policy ignores (CSP3 §3.3). */
const headerOnlyDirectives = new Set([
  'frame-ancestors',
  'report-uri',
  'report-to',
  'sandbox'
])

/**
 * The policy for `_headers` (`delivery: 'header'`), or for the pages' meta
 * element, which leaves out what a meta policy cannot carry.
 */
export function contentSecurityPolicy(
  inline: PolicyInput,
  delivery: 'header' | 'meta' = 'header'
): string {
  const hashes = (code: readonly InlineCode[]) =>
    [...new Set(code.map(({ text }) => sha256Source(text)))].sort()
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes(inline.scripts)],
    ['style-src', "'self'", ...hashes(inline.styles)],
    ['style-src-attr', "'unsafe-inline'"],
    // VitePress's icons are data: SVGs in CSS.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // The search fetches its index when a reader first opens it.
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"]
  ]
  return directives
    .filter(
      ([name]) => delivery === 'header' || !headerOnlyDirectives.has(name)
    )
    .map((directive) => directive.join(' '))
    .join('; ')
}

export function securityHeaders(inline: PolicyInput): [string, string][] {
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
 * Writes `<outDir>/_headers`: the security headers for every path, and
 * nothing else. public/ may not hold a `_headers` (content/public-files.ts
 * lets through only passive files), and whatever is there is replaced: a
 * `Refresh`, `Link` or second policy in it would reach readers on Netlify or
 * Cloudflare Pages without passing any check.
 */
export function writeSecurityHeaders(
  outDir: string,
  inline: PolicyInput
): string {
  const path = join(outDir, '_headers')
  const headers = securityHeaders(inline)
  const text = formatHeadersFile([{ pattern: '/*', headers }])
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
