/**
 * VitePress's default theme, as `vitepress/theme-without-fonts` builds it,
 * less what this site never shows:
 *
 * - no Inter web font (the system font stack is set in style.css);
 * - no sponsor styles (`vp-sponsor.css`), and none of the team and sponsor
 *   components, whose styles the theme's index brings along even unused.
 *
 * That is about 0.8 KiB less compressed CSS in the stylesheet that blocks
 * the first paint. (A stylesheet of 14 KiB or less arrives in a new
 * connection's first round trip, TCP's initial window of 10 packets; ours is
 * a little over, with the site's own components.)
 *
 * Import the default theme from here, never from `vitepress/theme`, which
 * brings the web font back (the page-weight budget then fails on fonts).
 * tests/unit/default-theme.test.ts fails when a VitePress upgrade changes the
 * styles that `without-fonts.js` imports, so default-theme-base.js keeps up.
 */
import type { Theme } from 'vitepress'
import { Layout, VPBadge } from './default-theme-base'

const DefaultTheme = {
  Layout,
  enhanceApp({ app }) {
    // As upstream, whose name this is: Markdown may use <Badge>.
    // eslint-disable-next-line vue/multi-word-component-names
    app.component('Badge', VPBadge)
  }
} satisfies Theme

export default DefaultTheme
