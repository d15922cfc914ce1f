/**
 * The community facts, for components' defaults: provided once by the theme
 * (theme/index.ts), or by a test, so no component imports the config.
 */
import { inject, type InjectionKey } from 'vue'
import type { Community } from '../../community/types'

export const communityKey: InjectionKey<Readonly<Community>> =
  Symbol('community')

export function useCommunity(): Readonly<Community> {
  const community = inject(communityKey)
  if (!community)
    throw new Error(
      'No community facts to show: pass the data as props, or provide communityKey (the theme does, in theme/index.ts).'
    )
  return community
}
