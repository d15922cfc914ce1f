/**
 * The site's own texts in the page's locale, which the theme provides
 * (theme/index.ts); without it, as in a component test, the English ones.
 * On a page a locale has not translated, its original's text gets the
 * original's texts and language instead (OriginalLanguage.vue).
 */
import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import type { SiteTexts } from '../../community/types'
import { englishTexts } from '../../i18n/texts'

export const siteTextsKey: InjectionKey<ComputedRef<SiteTexts>> =
  Symbol('site-texts')

export function useSiteTexts(): ComputedRef<SiteTexts> {
  return inject(
    siteTextsKey,
    computed(() => englishTexts),
    false
  )
}

/** The language (BCP 47) of those texts, for dates, times and lists. */
export const textsLangKey: InjectionKey<ComputedRef<string>> =
  Symbol('texts-lang')

export function useTextsLang(): ComputedRef<string> {
  return inject(
    textsLangKey,
    computed(() => 'en'),
    false
  )
}
