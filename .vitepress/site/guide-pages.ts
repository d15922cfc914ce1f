/**
 * The pages every community's site has, by their file under `docs/`. A
 * community edits their text, titles and headings; their files and the
 * reporting section's id stay, so the navbar, the "Report a problem" box and
 * the Slack welcome message can link to them.
 */
import { anchorPath, localePath, pagePath } from './paths'

/** Where to ask what, and who to contact. */
export const communityGuideFile = 'community.md'

/** The Slack rules; the model's `rulesPage` is wherever the rules are. */
export const slackRulesFile = 'slack-rules.md'

export const codeOfConductFile = 'code-of-conduct.md'

/** How the site meets accessibility needs; linked from every footer. */
export const accessibilityFile = 'accessibility.md'

/** `/accessibility` in VitePress's `localeIndex`, as below. */
export function localeAccessibilityPath(localeIndex: string): string {
  return localePath(
    localeIndex === 'root' ? undefined : localeIndex,
    pagePath(accessibilityFile)
  )
}

/** Every policy's versions: `/changes#<policy>`. */
export const changesPath = pagePath('changes.md')

/** The id of the code of conduct's "How to report" heading: `{#reporting}`. */
export const reportingSectionId = 'reporting'

/**
 * The reporting section, `/code-of-conduct#reporting`, in VitePress's
 * `localeIndex` (`root`: the default language). Every locale serves the code
 * of conduct with the same ids, translated or as a fallback copy, so a
 * reader stays in the language the site shows them.
 */
export function localeReportingPath(localeIndex: string): string {
  return localePath(
    localeIndex === 'root' ? undefined : localeIndex,
    anchorPath(pagePath(codeOfConductFile), reportingSectionId)
  )
}
