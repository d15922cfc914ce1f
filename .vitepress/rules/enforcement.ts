/**
 * The steps of the code of conduct's enforcement ladder, as a rule names
 * them in its `enforcement:` field. Each step has a heading with the id
 * `enforcement-<step>` in `docs/code-of-conduct.md`; a unit test checks that
 * every anchor exists, since VitePress's dead-link check ignores `#fragments`.
 */

/** In ladder order: the first is the mildest. */
export const enforcementSteps = [
  'correction',
  'warning',
  'temporary-ban',
  'permanent-ban'
] as const
export type EnforcementStep = (typeof enforcementSteps)[number]

/** How a sentence names each step. */
const stepNames: Record<EnforcementStep, string> = {
  correction: 'a correction',
  warning: 'a warning',
  'temporary-ban': 'a temporary ban',
  'permanent-ban': 'a permanent ban'
}

/** The page that holds the ladder, as a Markdown link target. */
export const codeOfConductPage = '/code-of-conduct.md'

export function isEnforcementStep(value: string): value is EnforcementStep {
  return (enforcementSteps as readonly string[]).includes(value)
}

/** The heading id of a step on the code of conduct page. */
export function enforcementAnchor(step: EnforcementStep): string {
  return `enforcement-${step}`
}

/**
 * One Markdown sentence that names the step and links to it. It is Markdown
 * so that VitePress resolves the link like any other: base, clean URLs, and
 * the dead-link check.
 */
export function enforcementSentence(step: EnforcementStep): string {
  const number = enforcementSteps.indexOf(step) + 1
  return `Moderators usually respond with [step ${number} of the enforcement ladder, ${stepNames[step]}](${codeOfConductPage}#${enforcementAnchor(step)}).`
}
