/**
 * How the tokens that rule-container.ts makes are printed: a rule becomes
 * `<RuleCard>` with its props (links, the Copy reminder text), its slots and
 * its examples with their captions, in the card's language.
 */
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { Community, SiteTexts } from '../community/types'
import { pluginTag } from '../content/plugin-tags'
import { localeTexts } from '../i18n/locale-texts'
import { ruleReminder, type Rule } from '../rules/rule'
import type { SiteModel, SitePage } from '../site/model'
import { pagePath, ruleLinks } from '../site/paths'
import type { ExampleKind } from './rule-container'
import type { PageEnv } from './source-location'

export interface RuleCardRenderOptions {
  /** For each card's links, reminder and step; absent in the model's read. */
  site?: Pick<SiteModel, 'siteUrl' | 'ladder' | 'translatedLadders' | 'pages'>
  /** For the words and language of a page's locale; English without it. */
  community?: Partial<Pick<Community, 'translations' | 'lang'>>
}

/**
 * The page (as the site model knows it) that a card or heading is rendered
 * on, and the language of the texts we add to it: the page's locale's, or on
 * a fallback (shown in the original's `lang`) the original's, so that one
 * part of a page is never in two languages.
 */
export function renderedPage(
  options: RuleCardRenderOptions,
  env: PageEnv
): { page?: SitePage; locale?: string; texts: SiteTexts } {
  const path = pagePath(env.relativePath ?? '')
  const page = options.site?.pages.find((each) => each.path === path)
  const locale = page?.fallback ? undefined : page?.locale
  const texts = localeTexts(options.community ?? {}, locale ?? 'root')
  return { page, locale, texts }
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
    const links = ruleLinks(rule, path, options.site?.siteUrl ?? '')
    const { page, texts } = renderedPage(options, env)
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
    const tag = pluginTag('RuleCard', env)
    return `<${tag} ${props.join(' ')}>${aliasAnchors.join('')}\n`
  }
  rules.rule_card_close = (_tokens, _index, _options, env: PageEnv) =>
    `</${pluginTag('RuleCard', env)}>\n`
  rules.rule_slot_open = (tokens, index) =>
    `<template #${meta<{ name: string }>(tokens, index).name}>\n`
  rules.rule_slot_close = () => '</template>\n'
  // The caption in the card's language. Without the community config (the
  // container's own tests) the component shows its page's words.
  rules.rule_example_open = (tokens, index, _options, env: PageEnv) => {
    const { kind } = meta<{ kind: ExampleKind }>(tokens, index)
    const { ruleCard } = renderedPage(options, env).texts
    const caption =
      kind === 'good' ? ruleCard.goodExample : ruleCard.poorExample
    return options.community
      ? `<RuleExample kind="${kind}" caption="${escape(caption)}">\n`
      : `<RuleExample kind="${kind}">\n`
  }
  rules.rule_example_close = () => '</RuleExample>\n'
}
