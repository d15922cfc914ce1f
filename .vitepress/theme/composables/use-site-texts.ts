/**
 * The site's own texts in the page's locale, which the theme provides
 * (theme/index.ts); without it, as in a component test, the English ones.
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
