/**
 * The one allowlist of the components Markdown may use and their props.
 * `theme/index.ts` registers exactly these (a name without its
 * `components/<name>.vue` fails the build), and the page
 * sanitizer (`content/sanitize.ts`) removes any other component or prop, and
 * any value not of its kind. Imports no `.vue` file, so Node can read it.
 *
 * Props are written as in Markdown: kebab-case, with a leading `:` for a
 * Vue expression, allowed only for a literal that cannot run code (the
 * sanitizer re-writes it from the parsed value).
 */

/**
 * `text`: any text (Vue escapes it); `id`: a slug such as `before-you-ask`;
 * `path`: a path on this site; `integer`: `:prop="3"`; `string-list`:
 * `:prop='["a","b"]'`; a list of strings: exactly one of them.
 */
export type PropKind =
  'text' | 'id' | 'path' | 'integer' | 'string-list' | readonly string[]

/** How a component is used in Markdown. */
export interface MarkdownComponent {
  /** Prop (as written in Markdown) → the kind of value it takes. */
  props: Readonly<Record<string, PropKind>>
  /** Named slots filled with `<template #name>` directly inside it. */
  slots?: readonly string[]
  /**
   * Only our Markdown plugins write it (content/plugin-tags.ts): the
   * sanitizer refuses it in a page's own Markdown or HTML, with this advice.
   */
  pluginOnly?: string
}

export const markdownComponents = {
  AccessibilityFeedback: { props: {} },
  ContactList: { props: {} },
  CopyableText: { props: { text: 'text', label: 'text', caption: 'text' } },
  // Written around an untranslated page's text (i18n/fallbacks.ts).
  OriginalLanguage: { props: {} },
  PolicyChanges: { props: { policy: 'id' } },
  // Inserted by the policy-version Markdown plugin, not written by hand.
  PolicyVersion: {
    props: {
      version: 'text',
      'effective-date': 'text',
      'changes-link': 'path'
    },
    pluginOnly:
      'give the page a version and an effectiveDate in its frontmatter'
  },
  ReportChecklist: { props: {} },
  ReportRoutes: { props: {} },
  ReportTimeline: { props: {} },
  ResourceLinkList: { props: { group: 'id' } },
  // Written by the rule-container Markdown plugin from a `::: rule` block.
  RuleCard: {
    props: {
      'rule-id': 'id',
      ':number': 'integer',
      title: 'text',
      ':aliases': 'string-list',
      // The rule's link and reminder, copied as text (never an href).
      url: 'text',
      reminder: 'text'
    },
    slots: ['examples', 'consequence'],
    // A hand-written card could take a rule's id and links.
    pluginOnly: 'write a rule with ::: rule <id> (see CONTRIBUTING.md)'
  },
  RuleExample: { props: { kind: ['good', 'poor'], caption: 'text' } },
  WelcomeMessage: { props: { format: ['mrkdwn', 'block-kit'] } }
} as const satisfies Record<string, MarkdownComponent>

export type MarkdownComponentName = keyof typeof markdownComponents

export const markdownComponentNames = Object.keys(
  markdownComponents
) as MarkdownComponentName[]
