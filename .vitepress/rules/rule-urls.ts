/**
 * The addresses and the Slack message that point at a rule from outside the
 * site. Pure functions, safe in the browser: the rule cards use them to copy
 * links, and tests check them without a browser.
 */
import { shortLinkPath } from '../links/short-links'
import type { Rule } from './rule'

/**
 * The absolute URL of a page, from its path relative to `docs/`, the way
 * VitePress's router writes it: `slack-rules.md` → `<site>/slack-rules`
 * (or `.html` without clean URLs), `index.md` → `<site>/`.
 */
export function pageUrl(
  siteUrl: string,
  relativePath: string,
  cleanUrls: boolean
): string {
  let path = relativePath.replace(/(?:(^|\/)index)?\.md$/, '$1')
  if (!cleanUrls && path !== '' && !path.endsWith('/')) path += '.html'
  return `${siteUrl}/${path}`
}

/** The permanent link to a rule: its page and its id. */
export function ruleUrl(rulesPageUrl: string, id: string): string {
  return `${rulesPageUrl}#${id}`
}

/** The short link that Slack unfurls into the rule: `<site>/r/<id>`. */
export function ruleShortUrl(siteUrl: string, id: string): string {
  return `${siteUrl}${shortLinkPath(id)}`
}

/**
 * A short, polite Slack message that points at a rule, for a moderator to
 * paste in a thread. It is written for Slack's message box, not its API:
 * `*bold*` works when typed or pasted there, but `<url|text>` links do not,
 * so the link is a bare URL, which Slack links and unfurls. The URL ends its
 * line, so no punctuation can stick to it.
 */
export function ruleReminder(
  rule: Pick<Rule, 'number' | 'title'>,
  shortUrl: string
): string {
  return `Hi! A friendly pointer to rule ${rule.number} of our Slack rules, *${rule.title}*. Thank you for keeping it in mind.\n${shortUrl}`
}
