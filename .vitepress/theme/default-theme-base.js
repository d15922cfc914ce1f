/**
 * VitePress's default theme as `vitepress/theme-without-fonts` imports it
 * (1.6.4, dist/client/theme-default/without-fonts.js), less:
 * - the Inter web font: the system fonts (style.css) read as well and save
 *   66 KiB or more on a first visit (`vitepress/theme` would bring it back,
 *   and the page-weight budget fails);
 * - the sponsor styles and the team and sponsor components' styles that the
 *   theme's index brings along unused: 0.8 KiB of render-blocking CSS.
 * tests/unit/default-theme.test.ts fails when an upgrade changes the styles
 * upstream imports. Plain JavaScript with a declaration file, so that the
 * type check does not descend into the theme's untyped .vue sources.
 */
import 'vitepress/dist/client/theme-default/styles/vars.css'
import 'vitepress/dist/client/theme-default/styles/base.css'
import 'vitepress/dist/client/theme-default/styles/icons.css'
import 'vitepress/dist/client/theme-default/styles/utils.css'
import 'vitepress/dist/client/theme-default/styles/components/custom-block.css'
import 'vitepress/dist/client/theme-default/styles/components/vp-code.css'
import 'vitepress/dist/client/theme-default/styles/components/vp-code-group.css'
import 'vitepress/dist/client/theme-default/styles/components/vp-doc.css'
export { default as Layout } from 'vitepress/dist/client/theme-default/Layout.vue'
export { default as VPBadge } from 'vitepress/dist/client/theme-default/components/VPBadge.vue'
export { useSidebar } from 'vitepress/dist/client/theme-default/composables/sidebar.js'
export { resolveHeaders } from 'vitepress/dist/client/theme-default/composables/outline.js'
