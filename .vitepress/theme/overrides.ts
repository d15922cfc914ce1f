/**
 * Where this site replaces a part of VitePress's default theme, and why.
 * Each row becomes a Vite alias (see config.mts): an import of `upstream`,
 * anywhere in VitePress, loads `ours` instead. Keep each reason short; the
 * full story is in the replacement's own header comment.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Alias } from 'vite'

export interface ThemeOverride {
  /** A default-theme component file name, or a module id such as `@docsearch/css`. */
  upstream: string
  /** Our file, relative to `.vitepress/theme/`. */
  ours: string
  why: string
}

export const themeOverrides: readonly ThemeOverride[] = [
  {
    upstream: 'VPNavBarSearchButton.vue',
    ours: 'components/SearchButton.vue',
    why: 'its accessible name contains its visible label (WCAG 2.5.3)'
  },
  {
    upstream: 'VPSwitchAppearance.vue',
    ours: 'components/AppearanceSwitch.vue',
    why: 'the dark-mode switch has a name in the served HTML'
  },
  {
    upstream: 'VPNavBarHamburger.vue',
    ours: 'components/NavMenu.vue',
    why: 'the phone menu is a <details> with its screen, so it works without JavaScript'
  },
  {
    upstream: 'VPNavScreen.vue',
    ours: 'components/NavScreenInMenu.vue',
    why: "the phone menu's screen is inside NavMenu.vue"
  },
  {
    upstream: 'VPLocalNav.vue',
    ours: 'components/LocalNav.vue',
    why: '"On this page" is in the served HTML, and opens without JavaScript'
  },
  {
    upstream: 'VPDocAsideOutline.vue',
    ours: 'components/DocOutline.vue',
    why: 'the outline is in the served HTML, not filled in after mounting'
  },
  {
    upstream: 'VPSidebarGroup.vue',
    ours: 'components/SidebarGroup.vue',
    why: 'a group that cannot collapse is not a button'
  },
  {
    upstream: 'VPHome.vue',
    ours: 'components/HomePage.vue',
    why: "an untranslated home page's hero is marked with the original's language"
  },
  {
    upstream: 'VPDocFooterLastUpdated.vue',
    ours: 'components/LastUpdated.vue',
    why: 'the date is formatted at build time'
  },
  {
    upstream: '@docsearch/css',
    ours: 'docsearch-button.css',
    why: "only the search button's rules of DocSearch's stylesheet"
  }
]

const themeFolder = fileURLToPath(new URL('./', import.meta.url))

/** VitePress's own components, for our overrides to reuse (typed in env.d.ts). */
const upstreamComponents = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components/'
)

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Vite aliases the table stands for. */
export function themeOverrideAliases(): Alias[] {
  return [
    ...themeOverrides.map(({ upstream, ours }) => ({
      find: upstream.endsWith('.vue')
        ? new RegExp(`^.*/${escapeRegExp(upstream)}$`)
        : new RegExp(`^${escapeRegExp(upstream)}$`),
      replacement: join(themeFolder, ours)
    })),
    { find: /^@vitepress-default-theme\//, replacement: upstreamComponents }
  ]
}
