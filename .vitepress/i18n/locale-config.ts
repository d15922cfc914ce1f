/**
 * VitePress's `locales` from the community config: the default language at
 * `/`, each translation at `/<key>/` with its own `lang`, `dir`, navigation
 * and theme texts. VitePress then gives every page the language switcher,
 * and the local search one index per locale.
 */
import type { DefaultTheme, LocaleConfig } from 'vitepress'
import type { Community, SiteTexts } from '../community/types'
import type { SiteThemeConfig } from '../theme/theme-config'
import { localePath } from '../site/paths'
import { englishTexts, fill } from './texts'

type Navigation = Pick<
  DefaultTheme.Config,
  'nav' | 'sidebar' | 'footer' | 'socialLinks'
>

/** The default theme's labels, in one language. */
export function themeTexts(
  texts: SiteTexts
): Omit<DefaultTheme.Config, 'nav' | 'sidebar' | 'editLink'> {
  const theme = texts.theme
  return {
    outline: { level: [2, 3], label: theme.outline },
    docFooter: { prev: theme.prev, next: theme.next },
    returnToTopLabel: theme.returnToTop,
    sidebarMenuLabel: theme.sidebarMenu,
    darkModeSwitchLabel: theme.darkMode,
    lightModeSwitchTitle: theme.lightModeSwitchTitle,
    darkModeSwitchTitle: theme.darkModeSwitchTitle,
    langMenuLabel: theme.languageMenu,
    skipToContentLabel: theme.skipToContent,
    lastUpdated: {
      text: theme.lastUpdated,
      formatOptions: { dateStyle: 'long' }
    },
    notFound: {
      title: theme.notFoundTitle,
      quote: theme.notFoundQuote,
      linkText: theme.notFoundLink
    }
  }
}

/** The default language's texts: the config's, else English. */
export function defaultTexts(community: Community): SiteTexts {
  return community.translations?.texts ?? englishTexts
}

/** `undefined` without translations: the site is then one language. */
export function siteLocales(
  community: Community,
  navigation: (locale: string, texts: SiteTexts) => Navigation,
  editLink?: DefaultTheme.EditLink
): LocaleConfig<SiteThemeConfig> | undefined {
  const translations = community.translations
  if (!translations) return undefined
  return {
    root: {
      label: defaultTexts(community).languageName,
      lang: community.lang
    },
    ...Object.fromEntries(
      Object.entries(translations.locales).map(([key, locale]) => [
        key,
        {
          label: locale.texts.languageName,
          title: fill(locale.texts.theme.siteTitle, {
            community: community.name
          }),
          lang: locale.lang,
          dir: locale.dir,
          link: localePath(key, '/'),
          themeConfig: {
            ...navigation(key, locale.texts),
            ...themeTexts(locale.texts),
            ...(editLink && {
              editLink: { ...editLink, text: locale.texts.theme.editLink }
            })
          }
        }
      ])
    )
  }
}
