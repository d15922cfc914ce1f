/**
 * The reporting config as a page shows it: a component's own prop when a
 * test or page passes one, else the config in the page's locale's words,
 * which the theme provides (i18n/texts.ts, localeReporting); without the
 * theme, the community config (a component test provides communityKey).
 */
import {
  computed,
  inject,
  type ComputedRef,
  type InjectionKey,
  type Ref
} from 'vue'
import type { Reporting } from '../../community/types'
import { useCommunity } from './use-community'

export const reportingKey: InjectionKey<Ref<Reporting>> = Symbol('reporting')

export function useReporting<T>(
  given: () => T | undefined,
  pick: (reporting: Reporting) => T
): ComputedRef<T> {
  const provided = inject(reportingKey, undefined)
  // Read at setup, as inject may not be called later.
  const config =
    provided || given() !== undefined ? undefined : useCommunity().reporting
  return computed(() => {
    const own = given()
    if (own !== undefined) return own
    const reporting = provided?.value ?? config
    if (!reporting) throw new Error('No reporting config: pass it as a prop.')
    return pick(reporting)
  })
}
