// @ts-check
/**
 * html-validate's settings for the built site (`npm run check:build`).
 *
 * Every built page must validate with zero errors. The few rules switched off
 * are listed in `disabledRules`, each with the reason; a unit test fails if a
 * rule is switched off anywhere else, or without a reason.
 */
import { metadataHelper } from 'html-validate'

/**
 * Rules that do not apply to this site, and why. Most concern markup that
 * VitePress's default theme writes and we do not control.
 * @type {Record<string, string>}
 */
export const disabledRules = {
  'no-trailing-whitespace':
    "VitePress's page template indents the <head> with trailing spaces; whitespace there never reaches a reader.",
  'attribute-empty-style':
    'VitePress writes empty attributes both ways (crossorigin="" on the font preload, a bare title on the appearance switch before hydration); both are valid HTML with the same meaning.',
  'no-inline-style':
    "VitePress's theme sets style attributes (--vp-vh on the outline dropdown, position on the doc body) and Shiki colours code by style attributes; the CSP allows style attributes only (style-src-attr), never <style> elements or third-party stylesheets.",
  'no-dup-class':
    'VitePress\'s sidebar links carry class="VPLink link link" (VPLink adds "link" to the class its parent passes); a repeated class token is harmless.',
  'no-implicit-button-type':
    'VitePress\'s local navigation buttons ("Menu", "Return to top") omit type; outside a <form>, as every button on this site is, the default type does nothing.',
  'unique-landmark':
    "VitePress renders two <footer> landmarks on doc pages (the page's edit/last-updated/pager footer and the site footer) and names neither; axe's WCAG rules, run on every page by the end-to-end tests, accept this.",
  'no-missing-references':
    "VitePress's menu button points aria-controls at the mobile menu panel (#VPNavScreen), which exists only while the menu is open; ARIA allows a collapsed control to reference an absent element, and axe's aria-valid-attr-value checks every live reference in the end-to-end tests."
}

/**
 * `<link as>` is valid when rel *contains* preload, prefetch or modulepreload
 * (https://html.spec.whatwg.org/multipage/semantics.html#attr-link-as).
 * html-validate 10.9 compares the whole rel value, so it rejects VitePress's
 * `<link rel="preload stylesheet" as="style">`; the Nu validator had the same
 * bug: https://github.com/validator/validator/issues/400.
 * @type {import('html-validate').MetaAttributeAllowedCallback}
 */
function asAllowedWhenRelHasPreloadKeyword(node) {
  const rel = node.getAttribute('rel')
  const keywords = ['preload', 'prefetch', 'modulepreload']
  // A value set by script (not in static HTML) cannot be checked.
  if (rel !== undefined && rel !== null && typeof rel !== 'string') return null
  return typeof rel === 'string' &&
    keywords.some((keyword) => metadataHelper.hasKeyword(rel, keyword))
    ? null
    : '"rel" attribute must contain "preload", "prefetch" or "modulepreload"'
}

/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: [
    'html5',
    {
      link: {
        attributes: { as: { allowed: asAllowedWhenRelHasPreloadKeyword } }
      }
    }
  ],
  rules: {
    ...Object.fromEntries(
      Object.keys(disabledRules).map((rule) => [rule, 'off'])
    ),
    // Subresource integrity matters for files from other origins; the CSP
    // allows none, so require it only there.
    'require-sri': ['error', { target: 'crossorigin' }],
    // The outline's "On this page" title is VitePress's <div role="heading">;
    // every other role must use its native element.
    'prefer-native-element': ['error', { exclude: ['heading'] }]
  }
}
