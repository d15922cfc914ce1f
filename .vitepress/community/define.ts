import type { Community } from './types'

/**
 * Typed helper for `.vitepress/community.ts`: freezes the facts. The site
 * config validates them when it loads (validate.ts), so a mistake fails
 * `vitepress build` and `dev`; this module stays free of the validator,
 * because the theme imports the facts and would ship it to every reader.
 */
export function defineCommunity(community: Community): Readonly<Community> {
  return Object.freeze(community)
}
