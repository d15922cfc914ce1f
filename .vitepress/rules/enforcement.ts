/**
 * The code of conduct's enforcement ladder, written once, in its Markdown:
 * each heading whose id is `enforcement-<step>` is a step, in page order
 * (the first is the mildest): `### 1. Correction {#enforcement-correction}`.
 *
 * A rule names a step in its `enforcement:` field and its card links to that
 * heading; the site model checks every rule against the ladder, so deleting
 * a step that a rule names fails the build at the rule's line. A translated
 * code of conduct repeats the steps under their ids (i18n/locale-pages.ts).
 */
import type Token from 'markdown-it/lib/token.mjs'
import type { RuleCardTexts } from '../community/types'
import { ContentError } from '../content-error'
import { fill, fillParts, type TextPart } from '../i18n/texts'
import { anchorPath } from '../site/paths'

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

/** The language a card's sentence is written in. */
export interface SentenceLanguage {
  /** The page's locale's texts. */
  texts: Pick<RuleCardTexts, 'enforcement' | 'enforcementStep'>
  /** The page's language: `ar`. */
  lang: string
  /** The language of the original code of conduct: `en-US`. */
  originalLang: string
  /** The steps of the locale's own code of conduct; none in the original. */
  translation?: readonly EnforcementStep[]
}

/** A card's sentence about its step, in pieces, for the rule plugin. */
export interface EnforcementSentence {
  /** The sentence's words, and the `step` slot where the link goes. */
  parts: TextPart[]
  /** The link's words, and its `number` and `title` values. */
  link: TextPart[]
  /** A Markdown link target, which VitePress resolves like any other link. */
  target: string
  /** The title's language, when it is not the page's: the original's. */
  titleLang?: string
}

/**
 * The sentence that names the step and links to it, in the page's words:
 * the locale's own step when it has one, else the original's (its title
 * marked as in the original's language).
 */
export function enforcementSentence(
  step: EnforcementStep,
  language: SentenceLanguage
): EnforcementSentence {
  const { texts, lang, originalLang, translation = [] } = language
  const own = translation.find((each) => each.id === step.id)
  const shown = own ?? step
  const foreign = !own && lang !== originalLang
  // English writes a common noun mid-sentence in lower case.
  const title =
    !foreign && /^en\b/i.test(lang) ? lowerFirst(shown.title) : shown.title
  const values = { number: step.number, title }
  return {
    parts: fillParts(texts.enforcement, {
      step: fill(texts.enforcementStep, values)
    }),
    link: fillParts(texts.enforcementStep, values),
    target: anchorPath(shown.page, enforcementAnchor(shown.id)),
    ...(foreign && { titleLang: originalLang })
  }
}
