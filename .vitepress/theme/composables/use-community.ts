/**
 * The community facts, for components' defaults. The theme provides them
 * once (theme/index.ts); a component takes its data through props and falls
 * back to these, so it never imports the config itself, and a test or
 * another page passes its own (`global.provide` in @vue/test-utils).
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
