/**
 * The paragraph a rule card's consequence starts with: the sentence that
 * names the rule's step of the enforcement ladder and links to it, in the
 * page's language (rules/enforcement.ts words it). Made of tokens, so the
 * translators' words stay plain text while the step's title is Markdown, and
 * the link is an ordinary `link_open` that VitePress resolves.
 */
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs'
import type Token from 'markdown-it/lib/token.mjs'
import { localeLanguage } from '../i18n/locale-texts'
import { enforcementSentence, type EnforcementStep } from '../rules/enforcement'
import { paragraphOf } from './markdown-tokens'
import { renderedPage, type RuleCardRenderOptions } from './rule-card-render'
import type { PageEnv } from './source-location'

export function enforcementParagraph(
  state: StateCore,
  step: EnforcementStep,
  options: RuleCardRenderOptions
): Token[] {
  // None on a page the locale has not translated: the original sentence.
  const { locale } = renderedPage(options, state.env as PageEnv)
  const community = options.community ?? {}
  const original = localeLanguage(community, 'root')
  const own = locale ? localeLanguage(community, locale) : original
  const sentence = enforcementSentence(step, {
    texts: own.texts.ruleCard,
    lang: own.lang,
    originalLang: original.lang,
    translation: locale ? options.site?.translatedLadders[locale] : []
  })
  const token = (type: string, tag: string, nesting: -1 | 0 | 1) =>
    new state.Token(type, tag, nesting)
  const text = (content: string): Token =>
    Object.assign(token('text', '', 0), { content })
  const title = (markdown: string): Token[] => {
    const children: Token[] = []
    state.md.inline.parse(markdown, state.md, state.env, children)
    if (!sentence.titleLang) return children
    // In the original's language, and isolated, so that its direction
    // does not reorder the words around it (a `<bdi>` with a `lang`).
    const open = token('span_open', 'span', 1)
    open.attrs = [
      ['lang', sentence.titleLang],
      ['dir', 'auto']
    ]
    return [open, ...children, token('span_close', 'span', -1)]
  }
  const linkOpen = token('link_open', 'a', 1)
  linkOpen.attrSet('href', sentence.target)
  const link = [
    linkOpen,
    ...sentence.link.flatMap((part) =>
      part.slot === 'title' ? title(part.text) : [text(part.text)]
    ),
    token('link_close', 'a', -1)
  ]
  return paragraphOf(
    state,
    sentence.parts.flatMap((part) =>
      part.slot === 'step' ? link : [text(part.text)]
    )
  )
}
