/**
 * Right-to-left layout. VitePress's default theme is written left to right;
 * its i18n guide has an RTL locale's CSS mirrored by a PostCSS RTL plugin,
 * with `:where()` prefixes so that no rule gains specificity
 * (https://vitepress.dev/guide/i18n#rtl-support-experimental). Only a site
 * with a right-to-left locale pays for the extra rules.
 */
import postcssRTLCSS from 'postcss-rtlcss'
import type { Community } from '../community/types'

export function rtlCssPlugins(community: Community) {
  const locales = Object.values(community.translations?.locales ?? {})
  return locales.some((locale) => locale.dir === 'rtl')
    ? [
        postcssRTLCSS({
          ltrPrefix: ':where([dir="ltr"])',
          rtlPrefix: ':where([dir="rtl"])'
        })
      ]
    : []
}
