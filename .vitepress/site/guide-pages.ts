/**
 * The pages every community's site has, by their file under `docs/`. A
 * community edits their text, titles and headings; their files and the
 * reporting section's id stay, so that the navbar, the "Report a problem"
 * box and the Slack welcome message can link to them. Paths and titles come
 * from the site model (site/model.ts), or from the file as the model makes
 * them (site/paths.ts).
 */
import { anchorPath, localePath, pagePath } from './paths'

/** Where to ask what, and who to contact. */
export const communityGuideFile = 'community.md'

/** The Slack rules; the model's `rulesPage` is wherever the rules are. */
export const slackRulesFile = 'slack-rules.md'

export const codeOfConductFile = 'code-of-conduct.md'

/** The id of the code of conduct's "How to report" heading: `{#reporting}`. */
export const reportingSectionId = 'reporting'

/** The reporting section as a site path: `/code-of-conduct#reporting`. */
export const reportingSectionPath = anchorPath(
  pagePath(codeOfConductFile),
  reportingSectionId
)

/**
 * The reporting section in VitePress's `localeIndex` (`root`: the default
 * language). Every locale serves the code of conduct at its own path, as
 * its translation or as a copy of the original (i18n/locale-pages.ts
 * `withFallbacks`), with the same ids, so a reader stays in the language
 * the site shows them.
 */
export function localeReportingPath(localeIndex: string): string {
  return localePath(
    localeIndex === 'root' ? undefined : localeIndex,
    reportingSectionPath
  )
}
