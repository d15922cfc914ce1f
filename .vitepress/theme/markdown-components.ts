/**
 * The components that Markdown pages may use, by name: the one allowlist.
 *
 * `theme/index.ts` registers exactly these (its type makes it list each one),
 * and the content-safety lint (`npm run lint:content`) rejects any other
 * component in `docs/**\/*.md`. This file imports no `.vue` file, so Node
 * scripts can read it.
 */
export const markdownComponentNames = [
  'AccessibilityFeedback',
  'ContactList',
  'CopyableText',
  'PolicyChanges',
  'PolicyVersion',
  'ReportChecklist',
  'ReportRoutes',
  'ReportTimeline',
  'ResourceLinkList',
  'RuleCard',
  'RuleExample'
] as const

export type MarkdownComponentName = (typeof markdownComponentNames)[number]
