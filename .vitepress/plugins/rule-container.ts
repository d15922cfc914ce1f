/**
 * `::: rule` containers: each rule is written in Markdown and rendered as a
 * `<RuleCard>` whose title is a real `<h2>`.
 *
 * ```md
 * ::: rule use-threads
 * number: 2
 * title: Use threads for longer messages
 * summary: Keep the channel readable.
 *
 * Any Markdown: paragraphs, lists, links, code.
 *
 * ::: example good
 * > A short first message, with the details in its thread.
 * :::
 * :::
 * ```
 *
 * The containers are markdown-it-container's, as VitePress's `::: tip`
 * (nested-containers.ts lets them nest). The header (rules/rule-header.ts)
 * becomes the card's props and a heading token, so VitePress gives the
 * title its anchor and it reaches "On this page" and search (a heading in a
 * component's template would not: vuejs/vitepress#960). Examples and
 * `::: consequence` go to the card's slots.
 */
import type MarkdownIt from 'markdown-it'
import container from 'markdown-it-container'
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs'
import type Token from 'markdown-it/lib/token.mjs'
import { ContentError } from '../content-error'
import { ladderStep } from '../rules/enforcement'
import { checkRuleIds, type Rule } from '../rules/rule'
import { parseRuleHeader } from '../rules/rule-header'
import {
  blockAt,
  blockToken,
  withLevels,
  headingTokens,
  type Block
} from './markdown-tokens'
import { enforcementParagraph } from './enforcement-paragraph'
import { nestedContainersPlugin } from './nested-containers'
import {
  ruleCardRenderers,
  type RuleCardRenderOptions
} from './rule-card-render'
import {
  sourceFile,
  sourceLine,
  sourceLocation,
  type PageEnv
} from './source-location'

/** What the plugin leaves in markdown-it's `env`: the page's rules. */
export interface RuleEnv extends PageEnv {
  rules?: Rule[]
}

export const exampleKinds = ['good', 'poor'] as const
export type ExampleKind = (typeof exampleKinds)[number]

const partNames = ['example', 'consequence'] as const
type PartName = (typeof partNames)[number]

const lines = (token: Token): [number, number] => token.map ?? [0, 0]

function partName(token: Token): PartName | undefined {
  return partNames.find((name) => token.type === `container_${name}_open`)
}

function strayPart(env: unknown, token: Token, name: PartName): never {
  throw new ContentError(
    sourceLocation(env, token.map),
    `"::: ${name}" belongs directly inside a "::: rule" container, at the same indent as its "::: rule" line.`
  )
}

/** Reads the header paragraph into a rule, and records it in `env.rules`. */
function readRule(env: RuleEnv, block: Block): { rule: Rule; body: Token[] } {
  const [open, ...inside] = block
  const [start] = lines(open)
  const [first, header] = inside
  const hasHeader =
    first?.type === 'paragraph_open' && lines(first)[0] === start + 1
  const rule: Rule = {
    ...parseRuleHeader({
      id: open.info.trim().replace(/^rule\b/, ''),
      lines: hasHeader ? (header?.content.split('\n') ?? []) : [],
      file: sourceFile(env),
      line: sourceLine(env, start)
    }),
    source: sourceLocation(env, open.map)
  }
  env.rules = [...(env.rules ?? []), rule]
  return { rule, body: inside.slice(hasHeader ? 3 : 0, -1) }
}

/** An example's or the consequence's content, checked. */
function partContent(
  env: unknown,
  part: Block,
  rule: Token,
  ruleEnd: number
): Token[] {
  const [open] = part
  const name = partName(open) ?? 'example'
  const where = sourceLocation(env, open.map)
  if (lines(open)[1] >= ruleEnd) throw unclosedRule(env, rule)
  const content = part.slice(1, -1)
  if (content.length === 0) {
    throw new ContentError(
      where,
      `the ${name} is empty. Write it on the lines between "${open.markup}${open.info}" and its "${open.markup}".`
    )
  }
  const inner = content.find((token) => token.type === 'heading_open')
  if (inner) {
    throw new ContentError(
      sourceLocation(env, inner.map),
      `the ${name} cannot hold a heading: it would show in "On this page". Use **bold** text instead.`
    )
  }
  return content
}

function exampleKind(info: string, where: string): ExampleKind {
  const kindText = info.trim().split(/\s+/)[1]
  const kind = exampleKinds.find((known) => known === kindText)
  if (kind) return kind
  throw new ContentError(
    where,
    kindText
      ? `the example kind "${kindText}" is not known. Use "good" or "poor".`
      : 'an example needs a kind: write "::: example good" or "::: example poor".'
  )
}

/** A rule container's tokens → the card: heading, text, then the slots. */
function ruleCard(
  state: StateCore,
  block: Block,
  options: RuleCardRenderOptions
): Token[] {
  const [open] = block
  const { rule, body } = readRule(state.env as RuleEnv, block)
  const text: Token[] = []
  const examples: Token[] = []
  const consequence: Token[] = []
  let consequenceAt: string | undefined
  for (let index = 0; index < body.length; index++) {
    const token = body[index]
    const name = token && partName(token)
    if (!token || !name) {
      if (token) text.push(token)
      continue
    }
    if (token.level !== open.level + 1) strayPart(state.env, token, name)
    const part = blockAt(body, index)
    const content = partContent(state.env, part, open, lines(open)[1])
    const where = sourceLocation(state.env, token.map)
    if (name === 'example') {
      const kind = exampleKind(token.info, where)
      examples.push(
        blockToken(state, 'rule_example_open', 1, { kind }),
        ...content,
        blockToken(state, 'rule_example_close', -1)
      )
    } else if (token.info.trim() !== 'consequence' || consequenceAt) {
      throw new ContentError(
        where,
        consequenceAt
          ? `the rule "${rule.id}" already has a consequence at ${consequenceAt}. Write one "::: consequence" per rule.`
          : '"::: consequence" takes nothing after it; write the consequence on the lines below.'
      )
    } else {
      consequenceAt = where
      consequence.push(...content)
    }
    index += part.length - 1
  }
  if (rule.enforcement && options.site) {
    const step = ladderStep(options.site.ladder, rule.id, rule.enforcement)
    consequence.unshift(...enforcementParagraph(state, step, options))
  }

  const slot = (name: string, content: Token[]): Token[] =>
    content.length === 0
      ? []
      : [
          blockToken(state, 'rule_slot_open', 1, { name }),
          ...content,
          blockToken(state, 'rule_slot_close', -1)
        ]
  const cardOpen = blockToken(state, 'rule_card_open', 1, rule)
  cardOpen.map = open.map
  return withLevels(open.level, [
    cardOpen,
    ...headingTokens(state, rule.id, rule.title, lines(open)[0]),
    ...text,
    ...slot('examples', examples),
    ...slot('consequence', consequence),
    blockToken(state, 'rule_card_close', -1)
  ])
}

function unclosedRule(env: unknown, open: Token): ContentError {
  return new ContentError(
    sourceLocation(env, open.map),
    `the rule container is never closed. Add a line ":::" after the rule's text, and check that each "::: example" and "::: consequence" in it has its own ":::".`
  )
}

/** Fails on a rule container whose closing line is missing. */
function checkClosed(state: StateCore, open: Token): void {
  const closeLine = state.src.split('\n')[lines(open)[1]] ?? ''
  const markers = /^\s*(:{3,})\s*$/.exec(closeLine)?.[1] ?? ''
  if (markers.length < open.markup.length) throw unclosedRule(state.env, open)
}

function buildCards(state: StateCore, options: RuleCardRenderOptions): void {
  const out: Token[] = []
  for (let index = 0; index < state.tokens.length; index++) {
    const token = state.tokens[index]
    if (!token) continue
    const name = partName(token)
    if (name) strayPart(state.env, token, name)
    if (token.type !== 'container_rule_open') {
      out.push(token)
      continue
    }
    checkClosed(state, token)
    const block = blockAt(state.tokens, index)
    out.push(...ruleCard(state, block, options))
    index += block.length - 1
  }
  state.tokens = out
  // As rendered, includes expanded: a part included twice repeats its rule.
  checkRuleIds(state.env.rules ?? [])
}

export function ruleContainerPlugin(
  md: MarkdownIt,
  options: RuleCardRenderOptions = {}
): void {
  md.use(nestedContainersPlugin)
  for (const name of ['rule', ...partNames]) md.use(container, name)
  // After inline parsing, so the title stays plain text; before VitePress's
  // anchors and outline, which read the heading it makes.
  md.core.ruler.after('inline', 'rule_cards', (state) =>
    buildCards(state, options)
  )

  // The tokens print as <RuleCard>s: rule-card-render.ts.
  ruleCardRenderers(md, options)
}
