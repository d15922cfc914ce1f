/**
 * `/rules.json`: the Slack rules for bots, such as a Slack app that answers
 * "rule 4" with the rule's title, summary and link.
 */
import type { Rule } from '../rules/rule'
import type { SiteRule } from '../site/model'

export type PublishedRule = Pick<
  Rule,
  'id' | 'number' | 'title' | 'summary' | 'aliases'
> & {
  /** The rule on the rules page. */
  url: string
  /** The short link whose preview shows this rule (built on the id, so it never changes). */
  shortUrl: string
}

export function rulesJson(rules: readonly SiteRule[]): {
  rules: PublishedRule[]
} {
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      number: rule.number,
      title: rule.title,
      summary: rule.summary,
      url: rule.links.url,
      shortUrl: rule.links.shortUrl,
      aliases: rule.aliases
    }))
  }
}
