/**
 * How the sanitizer tells a component our Markdown plugins wrote (a rule
 * card from `::: rule`, a policy's version line) from one a page wrote by
 * hand (`pluginOnly` in theme/markdown-components.ts). While a page renders
 * for the sanitizer, the plugins write such a tag under a name that holds
 * this process's secret, which is in no file a page can read; the sanitizer
 * gives it its own name back and refuses the tag written without it. In the
 * name, not an attribute: a page's unclosed tag just before a real card
 * could take the card's attributes as its own, never the tag's name.
 */
import { randomBytes } from 'node:crypto'

const seal = `-plugin-${randomBytes(16).toString('hex')}`

/**
 * The name a plugin writes for component `name`: sealed while the page
 * renders for the sanitizer (plugins/sanitize-page.ts sets the env's
 * `sanitizeMarkers`), as it is without the sanitizer.
 */
export function pluginTag(name: string, env: unknown): string {
  const sealed = (env as { sanitizeMarkers?: boolean } | undefined)
    ?.sanitizeMarkers
  return sealed ? name + seal : name
}

/** A tag's own name, and whether one of our plugins wrote it. */
export function unsealTag(tag: string): { name: string; sealed: boolean } {
  return tag.endsWith(seal)
    ? { name: tag.slice(0, -seal.length), sealed: true }
    : { name: tag, sealed: false }
}
