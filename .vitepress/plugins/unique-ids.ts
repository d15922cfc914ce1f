/**
 * One id check for every page, run last, once VitePress has given every
 * heading its id: an id used twice on a page (headings, `{#id}`s, rule
 * aliases) fails the build, and so does a heading that takes the id or a
 * former id of a rule on another page, which `/r/<id>` and old Slack links
 * point to.
 */
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { ContentError } from '../content-error'
import type { Rule } from '../rules/rule'
import { localeOfFile } from '../i18n/locale-pages'
import { pagesFolder, sourceFile, sourceLocation } from './source-location'

export interface UniqueIdsOptions {
  /** Every rule on the site, with where it is written. */
  rules?: readonly Pick<Rule, 'id' | 'aliases' | 'source'>[]
  /** The locale keys: `docs/<key>/` holds translations. */
  locales?: readonly string[]
}

/** Every id a reader can link to on a page, with the token that made it. */
function pageIds(tokens: Token[]): { id: string; map: Token['map'] }[] {
  return tokens.flatMap((token) => {
    if (token.type === 'heading_open') {
      const id = token.attrGet('id')
      return id ? [{ id, map: token.map }] : []
    }
    if (token.type === 'rule_card_open')
      return (token.meta as Rule).aliases.map((id) => ({ id, map: token.map }))
    return []
  })
}

export function uniqueIdsPlugin(
  md: MarkdownIt,
  options: UniqueIdsOptions = {}
): void {
  md.core.ruler.push('unique_ids', (state) => {
    const seen = new Map<string, string>()
    const thisFile = sourceFile(state.env)
    const original = `${pagesFolder}/${
      localeOfFile(
        thisFile.slice(pagesFolder.length + 1),
        options.locales ?? []
      ).original
    }`
    for (const { id, map } of pageIds(state.tokens)) {
      const where = sourceLocation(state.env, map)
      const first = seen.get(id)
      if (first) {
        throw new ContentError(
          where,
          `the id "${id}" is already used at ${first}. Ids must be unique.`
        )
      }
      seen.set(id, where)
      const owner = options.rules?.find(
        (rule) => rule.id === id || rule.aliases.includes(id)
      )
      // A translation (docs/<locale>/page.md) keeps its original's rule ids.
      if (owner && !owner.source.startsWith(`${original}:`)) {
        throw new ContentError(
          where,
          `the id "${id}" belongs to the rule at ${owner.source}. Give this heading another id with {#…}.`
        )
      }
    }
  })
}
