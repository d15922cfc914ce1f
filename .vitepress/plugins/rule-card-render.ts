/**
 * How the tokens that rule-container.ts makes are printed: a rule becomes
 * `<RuleCard>` with its props (links, the Copy reminder text in the page's
 * language), its slots and its examples. Kept apart from the container's
 * parsing and checks, which are the plugin's own job.
 */
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { Community } from '../community/types'
import { localeTexts } from '../i18n/texts'
import { ruleReminder, type Rule } from '../rules/rule'
import type { SiteModel } from '../site/model'
import { pagePath, ruleLinks } from '../site/paths'
import type { PageEnv } from './source-location'

export interface RuleCardRenderOptions {
  /** For each card's links, reminder and step; absent in the model's read. */
  site?: Pick<SiteModel, 'siteUrl' | 'ladder' | 'pages'>
  /** For the reminder's words in a page's locale; English without it. */
  community?: Pick<Community, 'translations'>
}

export function ruleCardRenderers(
  md: MarkdownIt,
  options: RuleCardRenderOptions
): void {
  const escape = md.utils.escapeHtml
  const meta = <T>(tokens: Token[], index: number) => tokens[index]?.meta as T
  const { rules } = md.renderer
  rules.rule_card_open = (tokens, index, _options, env: PageEnv) => {
    const rule = meta<Rule>(tokens, index)
    const path = pagePath(env.relativePath ?? '')
    const { siteUrl = '', pages = [] } = options.site ?? {}
    const links = ruleLinks(rule, path, siteUrl)
    const page = pages.find((each) => each.path === path)
    const texts = localeTexts(options.community ?? {}, page?.locale ?? 'root')
    const reminder = ruleReminder(
      rule,
      links.shortUrl,
      page?.title ?? path,
      texts.ruleCard.reminder
    )
    const props = [
      `rule-id="${escape(rule.id)}"`,
      `:number="${rule.number}"`,
      `title="${escape(rule.title)}"`,
      `:aliases="${escape(JSON.stringify(rule.aliases))}"`,
      `url="${escape(links.url)}"`,
      `reminder="${escape(reminder)}"`
    ]
    // Empty elements carrying the old ids, so `#<alias>` scrolls to the card.
    const aliasAnchors = rule.aliases.map(
      (alias) => `<span id="${escape(alias)}" class="rule-alias-anchor"></span>`
    )
    return `<RuleCard ${props.join(' ')}>${aliasAnchors.join('')}\n`
  }
  rules.rule_card_close = () => '</RuleCard>\n'
  rules.rule_slot_open = (tokens, index) =>
    `<template #${meta<{ name: string }>(tokens, index).name}>\n`
  rules.rule_slot_close = () => '</template>\n'
  rules.rule_example_open = (tokens, index) =>
    `<RuleExample kind="${meta<{ kind: string }>(tokens, index).kind}">\n`
  rules.rule_example_close = () => '</RuleExample>\n'
}
