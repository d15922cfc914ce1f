/**
 * Short links: `/r/<number>`, `/r/<id>` and `/r/<alias>` for every Slack rule.
 *
 * Slack drops the `#fragment` when it unfurls `/slack-rules#use-threads`, so
 * the preview shows the whole page. A short link is a page of its own, with
 * the rule's title and summary in its head, that then sends the reader on to
 * the rule. Each is built from the rules that `loadRules()` reads from
 * `docs/slack-rules.md`, the same source as the rule cards.
 */
import type { Rule } from '../rules/rule'
import { LinkError } from './link-error'

/** The folder short links live in. */
export const shortLinkFolder = '/r/'

/** How the short link names its rule. */
export type ShortLinkKind = 'number' | 'id' | 'alias'

export interface ShortLink {
  /** Site path, such as `/r/use-threads`. */
  path: string
  rule: Rule
  kind: ShortLinkKind
}

/** The path of a short link: `/r/2`, `/r/use-threads`. */
export function shortLinkPath(slug: string | number): string {
  return `${shortLinkFolder}${slug}`
}

/** The page every short link of a rule leads to. */
export function rulePageUrl(
  rule: Rule,
  rulesPagePath = '/slack-rules'
): string {
  return `${rulesPagePath}#${rule.id}`
}

/**
 * The short link to use in messages that last, such as a pinned welcome
 * message: the id, because a rule's number changes when rules are reordered
 * and its id never does.
 */
export function permanentShortLink(rule: Rule): string {
  return shortLinkPath(rule.id)
}

function describe(link: ShortLink, slug: string): string {
  const what =
    link.kind === 'number'
      ? 'its number'
      : link.kind === 'id'
        ? 'its id'
        : `its alias "${slug}"`
  return `the rule "${link.rule.id}" (${what}, ${link.rule.source})`
}

/**
 * Every short link, in rule order. Throws a `LinkError` naming both rules
 * when two rules claim the same link: for example an alias "3" on one rule
 * and the number 3 of another. (The rule parser already refuses two rules
 * with the same id, alias or number.)
 */
export function shortLinks(rules: readonly Rule[]): ShortLink[] {
  const byPath = new Map<string, ShortLink>()
  for (const rule of rules) {
    const claims: [string, ShortLinkKind][] = [
      [String(rule.number), 'number'],
      [rule.id, 'id'],
      ...rule.aliases.map((alias): [string, ShortLinkKind] => [alias, 'alias'])
    ]
    for (const [slug, kind] of claims) {
      const link: ShortLink = { path: shortLinkPath(slug), rule, kind }
      const first = byPath.get(link.path)
      // The same rule naming itself twice (alias "2" on rule 2) is harmless.
      if (first?.rule.id === rule.id) continue
      if (first) {
        throw new LinkError(
          `The short link ${link.path} is claimed twice: by ${describe(first, slug)} and by ${describe(link, slug)}. Change or remove one of them, so that each short link leads to one rule.`
        )
      }
      byPath.set(link.path, link)
    }
  }
  return [...byPath.values()]
}
