/**
 * The site's texts, language and reporting words on a page of a locale
 * (VitePress's `localeIndex`; `root` is the default language), from the
 * community config.
 */
import type { Community, Reporting, SiteTexts } from '../community/types'
import { englishTexts, fill } from './texts'

/**
 * The site's texts in VitePress's `localeIndex` (`root`: the default
 * language): the locale's, else the config's default ones, else English.
 */
export function localeTexts(
  community: Pick<Community, 'translations'>,
  localeIndex: string
): SiteTexts {
  const translations = community.translations
  return (
    translations?.locales[localeIndex]?.texts ??
    translations?.texts ??
    englishTexts
  )
}

/** A locale's texts and its language (`lang`); English without a config. */
export function localeLanguage(
  community: Partial<Pick<Community, 'translations' | 'lang'>>,
  localeIndex: string
): { texts: SiteTexts; lang: string } {
  return {
    texts: localeTexts(community, localeIndex),
    lang:
      community.translations?.locales[localeIndex]?.lang ??
      community.lang ??
      'en'
  }
}

/**
 * The reporting config on a page of a locale: its routes and address, with
 * the locale's words for who to message, what to include and how soon.
 */
export function localeReporting(
  community: Pick<Community, 'translations' | 'reporting'>,
  localeIndex: string
): Reporting {
  const words = community.translations?.locales[localeIndex]?.reporting
  return words ? { ...community.reporting, ...words } : community.reporting
}

/**
 * The site's name, as previews and cards show it: in the default language,
 * or in a locale's (VitePress's `localeIndex`).
 */
export function siteTitle(community: Community, localeIndex = 'root'): string {
  return fill(localeTexts(community, localeIndex).theme.siteTitle, {
    community: community.name
  })
}
