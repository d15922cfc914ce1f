/**
 * The site's own texts (buttons, the report box) in the current page's
 * locale. The theme provides them (theme/index.ts, from the config and
 * VitePress's `localeIndex`); without it, as in a component test, they are
 * the English defaults.
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
