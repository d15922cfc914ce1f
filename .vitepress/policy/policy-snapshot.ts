/**
 * A policy page as the site reads it: its version fields and its rules, each
 * with its rendered text. `policy-diff.ts` compares two snapshots of a page
 * (at two git refs), so a change is judged on parsed rules, never on a text
 * diff: moving a rule or re-wrapping its lines is no change, a new sentence
 * is. Pure functions of a page's source; `git-refs.ts` reads it from git.
 */
import type Token from 'markdown-it/lib/token.mjs'
import { readPage } from '../content/frontmatter'
import type { Rule } from '../rules/rule'
import { pagesFolder } from '../plugins/source-location'
import { parsePage } from '../site/model'
import {
  PageLintError,
  readPolicyFrontmatter,
  type PolicyFrontmatter
} from './frontmatter'

/** A rule and its text: what the card shows below the title, as HTML. */
export interface RuleText extends Rule {
  /** The rule's rendered body (text, examples, consequence), whitespace collapsed. */
  body: string
}

export interface PolicySnapshot extends PolicyFrontmatter {
  /** From the repository root: `docs/slack-rules.md`. */
  file: string
  /** The page's title, from its frontmatter. */
  title: string
  rules: RuleText[]
}

/** A policy page is one whose frontmatter has a `version`. */
export function isPolicySource(source: string): boolean {
  return readPage(source, 'policy page').data.version !== undefined
}

/**
 * The rendered body of each rule, by id. A rule is rendered as a block whose
 * first child is its heading (with the rule's id): the body is everything
 * after the heading up to the block's end.
 */
function ruleBodies(
  tokens: Token[],
  ids: ReadonlySet<string>,
  render: (part: Token[]) => string
): Map<string, string> {
  const bodies = new Map<string, string>()
  tokens.forEach((token, index) => {
    const id = token.type === 'heading_open' ? token.attrGet('id') : null
    const wrapper = tokens[index - 1]
    if (!id || !ids.has(id) || wrapper?.nesting !== 1) return
    const headingEnd = tokens.findIndex(
      (other, at) => at > index && other.type === 'heading_close'
    )
    const blockEnd = tokens.findIndex(
      (other, at) =>
        at > index && other.nesting === -1 && other.level === wrapper.level
    )
    const body = render(tokens.slice(headingEnd + 1, blockEnd))
    bodies.set(id, body.replace(/\s+/g, ' ').trim())
  })
  return bodies
}

/**
 * Every rule on a page, with its text, from the site model's one parse of
 * the page. Throws a `ContentError` naming the line of a broken rule.
 */
function parseRuleTexts(file: string, source: string): RuleText[] {
  const { rules, tokens, render } = parsePage(
    { file: file.slice(`${pagesFolder}/`.length), text: source },
    ''
  )
  const ids = new Set(rules.map((rule) => rule.id))
  const bodies = ruleBodies(tokens, ids, render)
  return rules.map((rule) => {
    const body = bodies.get(rule.id)
    // The card's layout is the rule plugin's: if it changes, say so here
    // rather than report every rule as reworded, or none.
    if (body === undefined)
      throw new Error(
        `${rule.source}: could not find the text of the rule "${rule.id}" in the parsed page; the rule plugin no longer puts the rule's heading first in its block.`
      )
    return { ...rule, body }
  })
}

/**
 * A policy page's snapshot. Throws a `ContentError` for a broken rule and,
 * in `strict` mode (the page as it is now), a `PageLintError` for wrong
 * version fields. A page from the past may predate today's frontmatter
 * rules: without `strict`, its `version` is enough, and a missing changelog
 * counts as empty.
 */
export function readPolicySnapshot(
  file: string,
  source: string,
  { strict = true }: { strict?: boolean } = {}
): PolicySnapshot {
  const { title, version, effectiveDate } = readPage(source, file).data
  let fields: PolicyFrontmatter
  try {
    fields = readPolicyFrontmatter(file, source)
  } catch (error) {
    if (strict || !(error instanceof PageLintError)) throw error
    fields = {
      version: String(version),
      effectiveDate: typeof effectiveDate === 'string' ? effectiveDate : '',
      changelog: []
    }
  }
  return {
    file,
    title: typeof title === 'string' && title.trim() !== '' ? title : file,
    ...fields,
    rules: parseRuleTexts(file, source)
  }
}
