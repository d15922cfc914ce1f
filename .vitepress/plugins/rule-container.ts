/**
 * `::: rule` containers: each Slack rule is written in Markdown and rendered
 * as a `<RuleCard>` whose title is a real heading.
 *
 * ```md
 * ::: rule use-threads
 * number: 2
 * title: Use threads for longer messages
 * summary: Keep the channel readable: put details, logs and long code in a thread.
 * aliases: rule-2, threads
 * enforcement: correction
 *
 * Any Markdown: paragraphs, lists, links, code.
 *
 * ::: example good
 * > A short first message, with the details in its thread.
 *
 * Why this works, in a sentence.
 * :::
 *
 * ::: example poor
 * > Sixty lines of log pasted straight into the channel.
 * :::
 *
 * ::: consequence
 * Anything a reader should know about what happens next (optional).
 * :::
 * :::
 * ```
 *
 * The fields, one `key: value` line each, end at the first blank line:
 * `number`, `title` and `summary` are required; `aliases` lists former ids;
 * `enforcement` names the step of the code of conduct's enforcement ladder
 * that usually follows a breach (`correction`, `warning`, `temporary-ban`,
 * `permanent-ban`), and the card links to it.
 *
 * Inside a rule, at the rule's own indent, `::: example good` and
 * `::: example poor` hold an example each, and one `::: consequence` holds
 * more about what happens when the rule is broken. Their content is ordinary
 * Markdown; a quote (`>`) in an example is shown as a Slack message. Wherever
 * they sit in the rule, the card shows them after the rule's text, examples
 * first. They cannot hold headings, which would crowd "On this page".
 *
 * Why a block rule of our own rather than markdown-it-container: the title
 * must be a markdown-it heading token, so that VitePress gives it its anchor
 * and it reaches "On this page" and the local search index. Headings written
 * inside a Vue component's template get neither (vuejs/vitepress#960). The
 * examples and the consequence reach the card through named slots
 * (`<template #examples>`), so they stay Markdown, searchable and printable.
 *
 * Mistakes fail the build with the file and line: a missing id, title,
 * number or summary; an id that is not kebab-case; an unknown enforcement
 * step or example kind; an example outside a rule; an unclosed container;
 * and an id or alias used twice, by rules or by any other heading on the
 * site.
 */
import type MarkdownIt from 'markdown-it'
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs'
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs'
import type Token from 'markdown-it/lib/token.mjs'
import {
  enforcementSentence,
  enforcementSteps,
  isEnforcementStep
} from '../rules/enforcement'
import { ruleIdPattern, type Rule } from '../rules/rule'
import { sourceLocation } from './source-location'

export interface RuleContainerOptions {
  /**
   * Every rule on the site, so that a heading on another page cannot take a
   * rule's id or alias (a link to it would be ambiguous).
   */
  siteRules?: readonly Rule[]
}

/** What the plugin leaves in markdown-it's `env` for loaders. */
export interface RuleEnv {
  relativePath?: string
  rules?: Rule[]
}

const headerKeys = [
  'number',
  'title',
  'summary',
  'aliases',
  'enforcement'
] as const
type HeaderKey = (typeof headerKeys)[number]

/** The fields of a rule as written, with the line each is on. */
interface Header {
  values: Partial<Record<HeaderKey, string>>
  lines: Partial<Record<HeaderKey, number>>
}

export const exampleKinds = ['good', 'poor'] as const
export type ExampleKind = (typeof exampleKinds)[number]

const openPattern = /^:{3,}\s*rule(?:\s+(.*?))?\s*$/
const closePattern = /^:{3,}\s*$/
const nestedOpenPattern = /^:{3,}\s*\S/
const fencePattern = /^(`{3,}|~{3,})/
/** `::: example good`, `::: consequence`: parts of a rule, only inside one. */
const partOpenPattern = /^:{3,}\s*(example|consequence)(?:\s+(.*?))?\s*$/

export class RuleSyntaxError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`)
    this.name = 'RuleSyntaxError'
  }
}

function lineText(state: StateBlock, line: number): string {
  return state.src
    .slice(
      (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0),
      state.eMarks[line]
    )
    .trimEnd()
}

/**
 * Feeds lines one by one and says whether each belongs to a fenced code
 * block (its fences included), where a `:::` line is code, not a marker.
 */
function codeFenceTracker(): (text: string) => boolean {
  let fence: string | undefined
  return (text) => {
    const marker = fencePattern.exec(text)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined
      }
      return true
    }
    fence = marker
    return marker !== undefined
  }
}

/** The line of the container's closing `:::`, skipping nested containers and code fences. */
function findClose(
  state: StateBlock,
  openLine: number,
  endLine: number
): number | undefined {
  let depth = 0
  const inCode = codeFenceTracker()
  for (let line = openLine + 1; line < endLine; line++) {
    const text = lineText(state, line)
    if (inCode(text)) continue
    if (closePattern.test(text)) {
      if (depth === 0) return line
      depth--
    } else if (nestedOpenPattern.test(text)) depth++
  }
  return undefined
}

/** Reads the `key: value` lines after the opening line, up to the first blank line. */
function readHeader(
  state: StateBlock,
  openLine: number,
  closeLine: number,
  where: (line: number) => string
): { header: Header; bodyStart: number } {
  const header: Header = { values: {}, lines: {} }
  let line = openLine + 1
  for (; line < closeLine; line++) {
    const text = lineText(state, line)
    if (text === '') break
    const [, rawKey, value] = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(text) ?? []
    if (rawKey === undefined || value === undefined) {
      throw new RuleSyntaxError(
        where(line),
        `expected a "key: value" line (${headerKeys.join(', ')}) or a blank line before the rule's text, found "${text}".`
      )
    }
    const key = rawKey.toLowerCase()
    if (!(headerKeys as readonly string[]).includes(key)) {
      throw new RuleSyntaxError(
        where(line),
        `unknown rule field "${rawKey}". Use ${headerKeys.join(', ')}.`
      )
    }
    if (key in header.values)
      throw new RuleSyntaxError(
        where(line),
        `the field "${key}" is given twice.`
      )
    header.values[key as HeaderKey] = value.trim()
    header.lines[key as HeaderKey] = line
  }
  return { header, bodyStart: line }
}

function checkId(id: string, what: string, where: string): void {
  if (!ruleIdPattern.test(id)) {
    throw new RuleSyntaxError(
      where,
      `the ${what} "${id}" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".`
    )
  }
}

/** Builds the rule from its opening line and header, or explains what is missing. */
function parseRule(
  idText: string | undefined,
  { values: header, lines }: Header,
  where: string,
  whereLine: (line: number) => string
): Omit<Rule, 'source'> {
  if (!idText) {
    throw new RuleSyntaxError(
      where,
      'the rule has no id. Write it after "rule", as in "::: rule use-threads".'
    )
  }
  checkId(idText, 'rule id', where)
  const required = (key: HeaderKey, hint: string): string => {
    const value = header[key]
    if (!value) {
      throw new RuleSyntaxError(
        where,
        `the rule "${idText}" has no ${key}. Add a line "${key}: ${hint}" below "::: rule ${idText}".`
      )
    }
    return value
  }
  const numberText = required('number', '1')
  if (!/^[1-9]\d*$/.test(numberText)) {
    throw new RuleSyntaxError(
      where,
      `the rule "${idText}" has number "${numberText}"; use a whole number from 1.`
    )
  }
  const title = required('title', '…')
  const summary = required('summary', 'one sentence for link previews')
  const aliases = (header.aliases ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '')
  for (const alias of aliases) checkId(alias, 'alias', where)
  const enforcement = header.enforcement
  if (enforcement !== undefined && !isEnforcementStep(enforcement)) {
    throw new RuleSyntaxError(
      whereLine(lines.enforcement ?? 0),
      `the enforcement step "${enforcement}" is not known. Use one of the code of conduct's steps: ${enforcementSteps.join(', ')}.`
    )
  }
  return {
    id: idText,
    number: Number(numberText),
    title,
    summary,
    aliases,
    ...(enforcement && { enforcement })
  }
}

/** An `::: example` or `::: consequence` inside a rule, by its lines. */
interface Part {
  name: 'example' | 'consequence'
  openLine: number
  closeLine: number
}

interface Example extends Part {
  kind: ExampleKind
}

/**
 * Splits a rule's lines into its text and its parts (examples and the
 * consequence). Only lines at the rule's own indent, outside code fences and
 * other containers, can open a part.
 */
function findParts(
  state: StateBlock,
  rule: Rule,
  ruleIndent: number,
  bodyStart: number,
  closeLine: number,
  where: (line: number) => string
): {
  bodyRanges: [number, number][]
  examples: Example[]
  consequence: Part | undefined
} {
  const bodyRanges: [number, number][] = []
  const examples: Example[] = []
  let consequence: Part | undefined
  let rangeStart = bodyStart
  let depth = 0
  const inCode = codeFenceTracker()
  for (let line = bodyStart; line < closeLine; line++) {
    const text = lineText(state, line)
    if (inCode(text)) continue
    const part = partOpenPattern.exec(text)
    if (part && depth === 0 && (state.sCount[line] ?? 0) <= ruleIndent) {
      const partClose = findClose(state, line, closeLine)
      if (partClose === undefined) {
        throw new RuleSyntaxError(
          where(line),
          `the ${part[1]} is never closed. Add a line ":::" after it.`
        )
      }
      const lines = { openLine: line, closeLine: partClose }
      if (part[1] === 'example') {
        examples.push({
          name: 'example',
          ...lines,
          kind: exampleKind(part[2], where(line))
        })
      } else {
        if (part[2]) {
          throw new RuleSyntaxError(
            where(line),
            `"::: consequence" takes nothing after it; write the consequence on the lines below.`
          )
        }
        if (consequence) {
          throw new RuleSyntaxError(
            where(line),
            `the rule "${rule.id}" already has a consequence at ${where(consequence.openLine)}. Write one "::: consequence" per rule.`
          )
        }
        consequence = { name: 'consequence', ...lines }
      }
      bodyRanges.push([rangeStart, line])
      rangeStart = partClose + 1
      line = partClose
    } else if (closePattern.test(text)) {
      depth = Math.max(0, depth - 1)
    } else if (nestedOpenPattern.test(text)) {
      depth++
    }
  }
  bodyRanges.push([rangeStart, closeLine])
  return {
    bodyRanges: bodyRanges.filter(([from, to]) => from < to),
    examples,
    consequence
  }
}

function exampleKind(kindText: string | undefined, where: string): ExampleKind {
  if (!kindText) {
    throw new RuleSyntaxError(
      where,
      'an example needs a kind: write "::: example good" or "::: example poor".'
    )
  }
  const kind = exampleKinds.find((known) => known === kindText)
  if (!kind) {
    throw new RuleSyntaxError(
      where,
      `the example kind "${kindText}" is not known. Use "good" or "poor".`
    )
  }
  return kind
}

/** Tokenizes lines `[from, to)` as ordinary Markdown, inside the container. */
function tokenizeLines(state: StateBlock, from: number, to: number): void {
  const oldParentType = state.parentType
  const oldLineMax = state.lineMax
  state.parentType = 'container' as typeof state.parentType
  state.lineMax = to
  state.md.block.tokenize(state, from, to)
  state.parentType = oldParentType
  state.lineMax = oldLineMax
}

/** Tokenizes a part's content; it must have some, and no headings. */
function tokenizePart(
  state: StateBlock,
  part: Part,
  where: (line: number) => string
): void {
  const firstToken = state.tokens.length
  tokenizeLines(state, part.openLine + 1, part.closeLine)
  const tokens = state.tokens.slice(firstToken)
  if (tokens.length === 0) {
    throw new RuleSyntaxError(
      where(part.openLine),
      `the ${part.name} is empty. Write it on the lines between "${lineText(state, part.openLine)}" and its ":::".`
    )
  }
  const heading = tokens.find((token) => token.type === 'heading_open')
  if (heading) {
    throw new RuleSyntaxError(
      where(heading.map?.[0] ?? part.openLine),
      `the ${part.name} cannot hold a heading: it would show in "On this page". Use **bold** text instead.`
    )
  }
}

/** Wraps what `fill` pushes in a named slot of the card: `<template #name>`. */
function pushSlot(state: StateBlock, name: string, fill: () => void): void {
  const open = state.push('rule_slot_open', 'template', 1)
  open.block = true
  open.meta = { name }
  fill()
  state.push('rule_slot_close', 'template', -1).block = true
}

/** A paragraph of generated Markdown, parsed like any other. */
function pushParagraph(
  state: StateBlock,
  markdown: string,
  line: number
): void {
  const map: [number, number] = [line, line + 1]
  state.push('paragraph_open', 'p', 1).map = map
  const inline = state.push('inline', '', 0)
  inline.content = markdown
  inline.map = map
  inline.children = []
  state.push('paragraph_close', 'p', -1)
}

/**
 * An example or consequence that the rule container did not take: it is
 * outside a rule, or nested deeper than the rule's own indent.
 */
function strayPart(
  state: StateBlock,
  startLine: number,
  _endLine: number,
  silent: boolean
): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false
  const part = partOpenPattern.exec(lineText(state, startLine))
  if (!part) return false
  if (silent) return true
  throw new RuleSyntaxError(
    sourceLocation(state.env, [startLine, startLine + 1]),
    `"::: ${part[1]}" belongs directly inside a "::: rule" container, at the same indent as its "::: rule" line.`
  )
}

function ruleBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  // Four spaces of indent make an indented code block, not a container.
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false
  const open = openPattern.exec(lineText(state, startLine))
  if (!open) return false
  if (silent) return true

  const env = state.env as RuleEnv
  const where = (line: number): string => sourceLocation(env, [line, line + 1])

  const closeLine = findClose(state, startLine, endLine)
  if (closeLine === undefined) {
    throw new RuleSyntaxError(
      where(startLine),
      `the rule container is never closed. Add a line ":::" after the rule's text, and check that each "::: example" and "::: consequence" in it has its own ":::".`
    )
  }

  const { header, bodyStart } = readHeader(state, startLine, closeLine, where)
  const rule: Rule = {
    ...parseRule(open[1], header, where(startLine), where),
    source: where(startLine)
  }

  const rules = (env.rules ??= [])
  for (const other of rules) {
    const clash = [rule.id, ...rule.aliases].find(
      (id) => id === other.id || other.aliases.includes(id)
    )
    if (clash) {
      throw new RuleSyntaxError(
        rule.source,
        `the id "${clash}" is already used by the rule at ${other.source}.`
      )
    }
    if (other.number === rule.number) {
      throw new RuleSyntaxError(
        rule.source,
        `rule number ${rule.number} is already used by the rule at ${other.source}.`
      )
    }
  }
  rules.push(rule)

  const cardOpen = state.push('rule_card_open', 'RuleCard', 1)
  cardOpen.block = true
  cardOpen.map = [startLine, closeLine + 1]
  cardOpen.meta = rule

  const headingOpen = state.push('heading_open', 'h2', 1)
  headingOpen.markup = '##'
  headingOpen.map = [startLine, startLine + 1]
  headingOpen.attrSet('id', rule.id)
  const headingText = state.push('inline', '', 0)
  headingText.content = rule.title
  headingText.map = [startLine, startLine + 1]
  headingText.children = []
  headingText.meta = { ruleTitle: true }
  state.push('heading_close', 'h2', -1).markup = '##'

  const { bodyRanges, examples, consequence } = findParts(
    state,
    rule,
    state.sCount[startLine] ?? 0,
    bodyStart,
    closeLine,
    where
  )
  for (const [from, to] of bodyRanges) tokenizeLines(state, from, to)

  if (examples.length > 0) {
    pushSlot(state, 'examples', () => {
      for (const example of examples) {
        const open = state.push('rule_example_open', 'RuleExample', 1)
        open.block = true
        open.map = [example.openLine, example.closeLine + 1]
        open.meta = { kind: example.kind }
        tokenizePart(state, example, where)
        state.push('rule_example_close', 'RuleExample', -1).block = true
      }
    })
  }
  if (rule.enforcement || consequence) {
    pushSlot(state, 'consequence', () => {
      if (rule.enforcement) {
        pushParagraph(
          state,
          enforcementSentence(rule.enforcement),
          startLine + 1
        )
      }
      if (consequence) tokenizePart(state, consequence, where)
    })
  }

  state.push('rule_card_close', 'RuleCard', -1).block = true
  state.line = closeLine + 1
  return true
}

/**
 * markdown-it parses every inline token's content as Markdown. A rule title
 * is plain text (a `<` or `*` in it must show as typed), so give it a single
 * text child instead.
 */
function keepTitlesPlain(state: StateCore): void {
  for (const token of state.tokens) {
    if (
      token.type === 'inline' &&
      (token.meta as { ruleTitle?: boolean } | null)?.ruleTitle
    ) {
      const text = new state.Token('text', '', 0)
      text.content = token.content
      token.children = [text]
    }
  }
}

/** Every id a reader can link to on this page, with the token that made it. */
function pageIds(
  tokens: Token[]
): { id: string; map: [number, number] | null }[] {
  const ids: { id: string; map: [number, number] | null }[] = []
  for (const token of tokens) {
    if (token.type === 'heading_open') {
      const id = token.attrGet('id')
      if (id) ids.push({ id, map: token.map })
    } else if (token.type === 'rule_card_open') {
      for (const alias of (token.meta as Rule).aliases)
        ids.push({ id: alias, map: token.map })
    }
  }
  return ids
}

/** Fails on an id used twice on the page, or a heading that takes another page's rule id. */
function checkUniqueIds(state: StateCore, siteRules: readonly Rule[]): void {
  const seen = new Map<string, string>()
  const thisFile = sourceLocation(state.env)
  for (const { id, map } of pageIds(state.tokens)) {
    const where = sourceLocation(state.env, map)
    const first = seen.get(id)
    if (first)
      throw new RuleSyntaxError(
        where,
        `the id "${id}" is already used at ${first}. Ids must be unique.`
      )
    seen.set(id, where)

    const owner = siteRules.find(
      (rule) => rule.id === id || rule.aliases.includes(id)
    )
    if (owner && !owner.source.startsWith(`${thisFile}:`)) {
      throw new RuleSyntaxError(
        where,
        `the id "${id}" belongs to the rule at ${owner.source}. Give this heading another id with {#…}.`
      )
    }
  }
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function renderCardOpen(rule: Rule): string {
  const props = [
    `rule-id="${escapeAttribute(rule.id)}"`,
    `:number="${rule.number}"`,
    `title="${escapeAttribute(rule.title)}"`,
    `summary="${escapeAttribute(rule.summary)}"`,
    `:aliases="${escapeAttribute(JSON.stringify(rule.aliases))}"`
  ]
  // Empty elements carrying the old ids, so `#<alias>` scrolls to the card.
  const aliasAnchors = rule.aliases
    .map(
      (alias) =>
        `<span id="${escapeAttribute(alias)}" class="rule-alias-anchor"></span>`
    )
    .join('')
  return `<RuleCard ${props.join(' ')}>${aliasAnchors}\n`
}

export function ruleContainerPlugin(
  md: MarkdownIt,
  options: RuleContainerOptions = {}
): void {
  md.block.ruler.before('fence', 'rule_container', ruleBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list']
  })
  md.block.ruler.before('fence', 'rule_stray_part', strayPart, {
    alt: ['paragraph', 'reference', 'blockquote', 'list']
  })
  md.core.ruler.after('inline', 'rule_title_plain', keepTitlesPlain)
  md.core.ruler.push('rule_unique_ids', (state) =>
    checkUniqueIds(state, options.siteRules ?? [])
  )

  md.renderer.rules.rule_card_open = (tokens, index) =>
    renderCardOpen(tokens[index]?.meta as Rule)
  md.renderer.rules.rule_card_close = () => '</RuleCard>\n'
  md.renderer.rules.rule_slot_open = (tokens, index) =>
    `<template #${(tokens[index]?.meta as { name: string }).name}>\n`
  md.renderer.rules.rule_slot_close = () => '</template>\n'
  md.renderer.rules.rule_example_open = (tokens, index) =>
    `<RuleExample kind="${(tokens[index]?.meta as { kind: ExampleKind }).kind}">\n`
  md.renderer.rules.rule_example_close = () => '</RuleExample>\n'
}
