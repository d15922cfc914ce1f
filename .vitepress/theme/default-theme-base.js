/**
 * The parts of VitePress's default theme that this site uses, imported as
 * `vitepress/theme-without-fonts` imports them (VitePress 1.6.4,
 * `dist/client/theme-default/without-fonts.js`), less the sponsor styles.
 * See default-theme.ts for why.
 *
 * Plain JavaScript with a declaration file beside it, so that the type
 * check stops here instead of descending into the theme's .vue sources,
 * which ship without types.
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
