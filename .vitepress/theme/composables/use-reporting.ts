/**
 * The reporting config in the page's locale, which the theme provides
 * (localeReporting); without it, as in a component test, the community's.
 */
import { inject, shallowRef, type InjectionKey, type Ref } from 'vue'
import type { Reporting } from '../../community/types'
import { useCommunity } from './use-community'

export const reportingKey: InjectionKey<Ref<Reporting>> = Symbol('reporting')

export function useReporting(): Readonly<Ref<Reporting>> {
  return inject(reportingKey, undefined) ?? shallowRef(useCommunity().reporting)
}
