import type { Community } from './types'

/**
 * Typed helper for `.vitepress/community.ts`: freezes the facts. The config
 * validates them (validate.ts); this module stays free of the validator,
 * because the theme imports the facts and would ship it to every reader.
 */
export function defineCommunity(community: Community): Readonly<Community> {
  return Object.freeze(community)
}
