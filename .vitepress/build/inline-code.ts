/**
 * The exact list of inline scripts and `<style>` elements the site ships:
 * the CSP allows these by SHA-256 hash and nothing else inline, and the
 * output check fails on any other. Nothing here is read from the build
 * output, so what Markdown or `public/` smuggled into a page is neither
 * hashed nor allowed. When VitePress changes one of its scripts, the build
 * fails naming it: compare with VitePress's source and update it here.
 */
import { forwardingScript, forwardingStyle } from '../links/forwarding-page'
import { speculationRules } from './speculation-rules'

export interface InlineCode {
  /** Who writes it and why, for error messages and the policy's readers. */
  name: string
  text: string
}

/**
 * VitePress's appearance script, minified as its build does (from
 * resolveSiteDataHead() in vitepress/dist/node): `dark` on `<html>` before
 * the first paint, when chosen or preferred.
 */
export const appearanceScript =
  '(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();'

/**
 * VitePress's `check-mac-os` script, minified: marks Apple devices so the
 * search button shows ⌘ rather than Ctrl.
 */
export const macOsScript =
  'document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));'

/** Every inline script a built page of a site under `base` may hold. */
export function shippedScripts(base: string): InlineCode[] {
  return [
    { name: "VitePress's appearance script", text: appearanceScript },
    { name: "VitePress's check-mac-os script", text: macOsScript },
    {
      name: 'the prefetch-on-hover rules (build/speculation-rules.ts)',
      text: speculationRules(base)
    },
    {
      name: 'the short-link forwarder (links/forwarding-page.ts)',
      text: forwardingScript
    }
  ]
}

/**
 * The style @vueuse's `useDark` (VitePress's dark mode) inserts for a moment
 * on load and on every toggle, so colours change without transitions.
 */
export const noTransitionStyle =
  '*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}'

/** Every `<style>` element a page may hold, or a script may insert. */
export const shippedStyles: readonly InlineCode[] = [
  { name: "@vueuse's useDark transition blocker", text: noTransitionStyle },
  {
    name: 'the short-link page style (links/forwarding-page.ts)',
    text: forwardingStyle
  }
]

/**
 * The `<style>` texts bundled scripts insert (@vueuse's transition blocker,
 * by its selector): the build fails when one is not listed above, rather
 * than let an upgrade turn it into a CSP violation.
 */
export function scriptInsertedStyles(javascript: string): string[] {
  const literal = /(["'`])(\*,\*::before,\*::after\{[^"'`\\]*\})\1/g
  return [...javascript.matchAll(literal)].map((match) => match[2] ?? '')
}
