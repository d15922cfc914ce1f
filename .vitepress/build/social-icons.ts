/**
 * The navbar's social icons under `npm run dev`. The build writes each
 * icon's `--icon` mask to vp-icons.css; the dev server does not, so
 * VitePress's VPSocialLink would fetch it from api.iconify.design on every
 * page (which fails offline, and which the built site never does). This
 * puts the build's rules, from the same icon set, in the dev server's pages.
 */
import { createRequire } from 'node:module'
import type { IconifyJSON } from '@iconify/types'
import type { Plugin } from 'vite'
import type { DefaultTheme, SiteConfig } from 'vitepress'

/** What this file reads of an Iconify icon set. */
export type IconSet = Pick<
  IconifyJSON,
  'width' | 'height' | 'icons' | 'aliases'
>

/** The set VitePress itself makes vp-icons.css from, found as VitePress finds it. */
function simpleIcons(): IconSet {
  const vitepress = createRequire(import.meta.url).resolve(
    'vitepress/package.json'
  )
  return createRequire(vitepress)(
    '@iconify-json/simple-icons/icons.json'
  ) as IconSet
}

/** The SVG of an icon of the set, or `undefined` when the set lacks it. */
function iconSvg(set: IconSet, name: string): string | undefined {
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? '']
  if (!icon) return undefined
  const width = icon.width ?? set.width ?? 16
  const height = icon.height ?? set.height ?? 16
  const viewBox = `${icon.left ?? 0} ${icon.top ?? 0} ${width} ${height}`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}">${icon.body}</svg>`
}

/** The `--icon` rule of each named icon, as vp-icons.css has them. */
export function socialIconsCss(set: IconSet, names: string[]): string {
  return names
    .flatMap((name) => {
      const svg = iconSvg(set, name)
      if (!svg) return []
      const url = `data:image/svg+xml,${encodeURIComponent(svg)}`
      return [`.vpi-social-${name}{--icon:url("${url}")}`]
    })
    .join('\n')
}

/** The names of the icons the site's social links use, in every locale. */
export function socialIconNames(site: SiteConfig['site']): string[] {
  const themes = [
    site.themeConfig as DefaultTheme.Config,
    ...Object.values(site.locales).map(
      (locale) => (locale.themeConfig ?? {}) as DefaultTheme.Config
    )
  ]
  const names = themes.flatMap((theme) =>
    (theme.socialLinks ?? []).flatMap(({ icon }) =>
      typeof icon === 'string' ? [icon] : []
    )
  )
  return [...new Set(names)].sort()
}

/** Adds the social icons' rules to every page of the dev server. */
export function devSocialIconsPlugin(): Plugin {
  let css = ''
  return {
    name: 'community-docs:dev-social-icons',
    apply: 'serve',
    configResolved(config) {
      const { site } = (config as unknown as { vitepress: SiteConfig })
        .vitepress
      css = socialIconsCss(simpleIcons(), socialIconNames(site))
    },
    transformIndexHtml: () => [
      { tag: 'style', attrs: { 'data-social-icons': '' }, children: css }
    ]
  }
}
