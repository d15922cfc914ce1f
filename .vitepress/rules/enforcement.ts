/**
 * The code of conduct's enforcement ladder, written once, in its Markdown:
 * each heading whose id is `enforcement-<step>` is a step, in page order
 * (the first is the mildest).
 *
 * ```md
 * ## Enforcement {#enforcement}
 * ### 1. Correction {#enforcement-correction}
 * ### 2. Warning {#enforcement-warning}
 * ```
 *
 * A rule names a step in its `enforcement:` field, and its card links to
 * that heading. The site model reads the ladder from the page's tokens
 * (site/model.ts) and checks every rule against it, so deleting a step that
 * a rule still names fails the build at the rule's line.
 */
import type Token from 'markdown-it/lib/token.mjs'
import { ContentError } from '../content-error'

export interface EnforcementStep {
  /** What a rule's `enforcement:` field names: `correction`. */
  id: string
  /** Its place on the ladder, from 1 (the mildest). */
  number: number
  /** The heading's text, without its number or id: `Correction`. */
  title: string
  /** The page, as a Markdown link target: `/code-of-conduct.md`. */
  page: string
  /** Where the heading is: `docs/code-of-conduct.md:121`. */
  source: string
}

/** A rule's `enforcement:` field and the line it is on. */
export interface EnforcementRef {
  step: string
  source: string
}

const stepHeading = /^(?:\d+\.\s+)?(.+?)\s*\{#enforcement-([a-z0-9-]+)\}$/

/** The heading id of a step. */
export function enforcementAnchor(step: string): string {
  return `enforcement-${step}`
}

/**
 * The steps on one page, from its parsed (not rendered) tokens.
 * @param file the page, relative to `docs/`: `code-of-conduct.md`
 * @param where the `file:line` of a token's first line
 */
export function readLadder(
  tokens: readonly Token[],
  file: string,
  where: (map: Token['map']) => string
): EnforcementStep[] {
  const steps: EnforcementStep[] = []
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return
    const text = tokens[index + 1]?.content.trim() ?? ''
    const [, title, id] = stepHeading.exec(text) ?? []
    if (title === undefined || id === undefined) return
    const source = where(token.map)
    const twin = steps.find((step) => step.id === id)
    if (twin) {
      throw new ContentError(
        source,
        `the enforcement step "${id}" is already on the ladder at ${twin.source}.`,
        'Give each step its own id.'
      )
    }
    steps.push({
      id,
      number: steps.length + 1,
      title,
      page: `/${file}`,
      source
    })
  })
  return steps
}

/** The one page's ladder; fails when two pages each hold one. */
export function siteLadder(
  pages: readonly EnforcementStep[][]
): EnforcementStep[] {
  const [ladder = [], other] = pages.filter((steps) => steps.length > 0)
  if (other?.[0]) {
    throw new ContentError(
      other[0].source,
      `an enforcement step heading, but the ladder is already on ${ladder[0]?.source}.`,
      'Keep the "{#enforcement-<step>}" headings on one page.'
    )
  }
  return ladder
}

/** The step a rule names; fails at the rule's line when the ladder lacks it. */
export function ladderStep(
  ladder: readonly EnforcementStep[],
  ruleId: string,
  ref: EnforcementRef
): EnforcementStep {
  const step = ladder.find((each) => each.id === ref.step)
  if (step) return step
  const where = ladder[0]?.source.replace(/:\d+$/, '')
  throw new ContentError(
    ref.source,
    where
      ? `the rule "${ruleId}" names the enforcement step "${ref.step}", which ${where} does not have.`
      : `the rule "${ruleId}" names the enforcement step "${ref.step}", but no page has an enforcement ladder.`,
    where
      ? `Use one of its steps (${ladder.map((each) => each.id).join(', ')}), or add a heading "### Name {#${enforcementAnchor(ref.step)}}" to its enforcement section.`
      : `Add a heading "### Name {#${enforcementAnchor(ref.step)}}" to the code of conduct, or remove the "enforcement:" line.`
  )
}

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text

/**
 * One Markdown sentence that names the step and links to it. It is Markdown
 * so that VitePress resolves the link like any other: base, clean URLs, and
 * the dead-link check.
 */
export function enforcementSentence(step: EnforcementStep): string {
  return `Moderators usually respond with [step ${step.number} of the enforcement ladder, ${lowerFirst(step.title)}](${step.page}#${enforcementAnchor(step.id)}).`
}
