import { ContentError } from '../content-error'
import { fill } from '../i18n/texts'
import type { EnforcementRef } from './enforcement'

/**
 * One rule, as a maintainer writes it in a `::: rule` container: the rule
 * cards, short links, `/rules.json` and the Slack welcome message use it.
 */
export interface Rule {
  /** Permanent kebab-case id: the rule's anchor, `/slack-rules#<id>`. */
  id: string
  /** Position in the list; may change, unlike the id. */
  number: number
  title: string
  /** One sentence: link previews, `/rules.json` and the welcome message use it. */
  summary: string
  /** Former ids; links to `#<alias>` still land on the rule. */
  aliases: string[]
  /**
   * The step of the code of conduct's enforcement ladder that usually
   * follows a breach (rules/enforcement.ts); the card links to it.
   */
  enforcement?: EnforcementRef
  /** Where the rule is written, as `docs/slack-rules.md:12`. */
  source: string
}

/** A rule id or alias: lowercase words joined by hyphens. */
export const ruleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A short, polite Slack message that points at a rule, for a moderator to
 * paste in a thread. It is written for Slack's message box, not its API:
 * `*bold*` works when typed or pasted there, but `<url|text>` links do not,
 * so the link is a bare URL, which Slack links and unfurls. The URL ends its
 * line, so no punctuation can stick to it.
 * @param pageTitle the rules page's title, as its frontmatter gives it
 * @param text the page's language's `ruleCard.reminder` (i18n/texts.ts)
 */
export function ruleReminder(
  rule: Pick<Rule, 'number' | 'title'>,
  shortUrl: string,
  pageTitle: string,
  text: string
): string {
  const values = { number: rule.number, page: pageTitle, title: rule.title }
  return `${fill(text, values)}\n${shortUrl}`
}

/**
 * Fails at the second of two rules (in the order given) that share an id or
 * an alias, on one page or two, or a number on one page.
 */
export function checkRuleIds(rules: readonly Rule[]): void {
  const owners = new Map<string, Rule>()
  const claim = (key: string, rule: Rule, what: string) => {
    const other = owners.get(key)
    if (other) {
      throw new ContentError(
        rule.source,
        `${what} is already used by the rule at ${other.source}.`
      )
    }
    owners.set(key, rule)
  }
  for (const rule of rules) {
    for (const id of [rule.id, ...rule.aliases])
      claim(id, rule, `the id "${id}"`)
    // Per page: two pages' rules 1 clash as short links (see shortLinks).
    const file = rule.source.replace(/:\d+$/, '')
    claim(`${file} ${rule.number}`, rule, `rule number ${rule.number}`)
  }
}
