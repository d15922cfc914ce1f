/**
 * The site's own texts in the default language, whose shape is every
 * language's (`SiteTexts`), and the one helper that fills a text's `{name}`
 * slots. A locale's texts are in the community config
 * (`translations.locales.<key>.texts`), written by its translators, and
 * found by locale-texts.ts.
 */
import type { ResourceKind } from '../community/types'

export const englishTexts = {
  /** The default language's name, in the language switcher. */
  languageName: 'English',
  current: 'This translation is up to date with version {version}.',
  stale:
    'This translation follows version {translated}; the binding text is version {current}.',
  /** Added to `stale` when git history says since when and how often. */
  staleSince: 'Changes to the original since {date}: {commits} commits.',
  missing:
    'This page has not been translated yet, so it is shown in its original language.',
  authoritative:
    'If this translation and the {language} text differ, the {language} text prevails.',
  changesLink: 'What changed',
  sourceLink: 'Read the binding text',
  /** VitePress's own labels and ours around them; `{title}` a heading's text. */
  theme: {
    /** The site's name, in the navbar and every page's title. */
    siteTitle: '{community} Community',
    communityGroup: 'Community',
    aboutGroup: 'About this site',
    outline: 'On this page',
    lastUpdated: 'Last updated',
    editLink: 'Edit this page',
    prev: 'Previous page',
    next: 'Next page',
    returnToTop: 'Return to top',
    sidebarMenu: 'Menu',
    mobileNavigation: 'mobile navigation',
    // Landmarks VitePress names in English (i18n/upstream-labels.ts).
    mainNavigation: 'Main Navigation',
    sidebarNavigation: 'Sidebar Navigation',
    pager: 'Pager',
    extraNavigation: 'extra navigation',
    // The navbar's icon links: `{project}` and `{community}` are names.
    gitHubLink: '{project} on GitHub',
    slackLink: 'Join the {community} Slack',
    darkMode: 'Appearance',
    lightModeSwitchTitle: 'Switch to light theme',
    darkModeSwitchTitle: 'Switch to dark theme',
    languageMenu: 'Change language',
    search: 'Search',
    // The search dialog; `{query}` is the words typed.
    searchResults: 'Results',
    searchNoResults: 'No results for “{query}”',
    searchClose: 'Close',
    searchError: 'Search could not load. Try again.',
    skipToContent: 'Skip to content',
    darkTheme: 'Dark theme',
    contributing:
      'Want to improve this page? Read the {link}, then propose a change with “{editLink}”.',
    contributingGuide: 'contributing guide',
    permalink: 'Permalink to "{title}"',
    footer:
      'A community guide for {community}. Written in the open; suggestions welcome.',
    accessibilityStatement: 'Accessibility statement',
    externalSite: '(external site)',
    newTab: '(opens in a new tab)',
    notFoundTitle: 'This page does not exist',
    notFoundQuote: 'The link may be old or mistyped.',
    notFoundSearch:
      'Use the search in the top bar (press {key}), or go to one of these pages:',
    notFoundLink: 'Take me to the home page',
    /** The banner of a preview build; `{preview}` is `preview`, in bold. */
    preview: 'Preview',
    previewBanner: '{preview} of a proposed change, not the published policy.'
  },
  /** A contact's details on the community guide. */
  contacts: {
    timeZone: 'Time zone',
    localTime: 'Local time',
    languages: 'Languages'
  },
  /** Each resource kind's label, beside its icon. */
  resourceKinds: {
    docs: 'Documentation',
    issues: 'Issue tracker',
    archive: 'Archive',
    qa: 'Questions and answers',
    chat: 'Chat',
    repository: 'Code repository'
  } satisfies Record<ResourceKind, string>,
  /**
   * A policy's section of the Changes page: `{policy}` links to it, a
   * version's `{summary}` is the maintainers' own, `{link}` is
   * `historyLink`. `commit` is said (not shown) before a commit's hash.
   */
  policyChanges: {
    current:
      'The current version of the {policy} is {version}, in effect from {date}.',
    versions: 'Versions',
    version: 'Version {version}',
    entry: '{version}, {date}: {summary}',
    edits: 'Every edit',
    commit: 'Changes in commit',
    noEdits: 'No edit has been committed yet.',
    noHistory:
      "This copy of the site was built without the repository's history, so the edits are not listed here.",
    seeHistory: 'See {link} in the repository instead.',
    historyLink: 'every commit'
  },
  /**
   * The accessibility statement's ways to tell us of a problem: each
   * `{title}` is the bold start of its item, `{link}` is `issueForm`,
   * `{slack}` is `slackWorkspace`.
   */
  accessibilityFeedback: {
    issueTitle: 'Open an issue',
    issue:
      "{title} with the {link} in this site's repository. Issues there are public.",
    issueForm: 'accessibility problem form',
    directMessageTitle: 'Send a direct message',
    directMessage: '{title} in the {slack} to {moderators}.',
    slackWorkspace: 'Slack workspace',
    emailTitle: 'Email',
    email: '{title} the moderators at {email}.'
  },
  /** A block of text to copy, such as the Slack welcome message. */
  copyText: {
    copied: 'Copied to the clipboard.',
    manual:
      'Your browser did not allow copying: the text above is selected, copy it by hand.',
    mrkdwnCaption: 'Welcome message as mrkdwn',
    mrkdwnCopy: 'Copy the mrkdwn text',
    blockKitCaption: 'Welcome message as Block Kit JSON',
    blockKitCopy: 'Copy the JSON'
  },
  /**
   * The Slack welcome message (`/slack/welcome.<key>.json`): `{link}` is a
   * link whose text is one of the `...Link` texts.
   */
  welcome: {
    title: 'Welcome to the {community} Slack',
    intro:
      'We are glad you are here. Please take two minutes to read the rules below: they keep a busy workspace friendly and easy to follow.',
    rulesHeading: 'Rules',
    rulesInFull: 'The rules in full: {link}',
    codeOfConductHeading: 'Code of conduct',
    codeOfConduct:
      'Everyone here follows the {link}, in channels, threads and direct messages.',
    codeOfConductLink: '{community} community code of conduct',
    reportingHeading: 'If something goes wrong',
    reportMessage:
      'Report the message: open its menu (More actions) and choose _Report message_.',
    directMessage: 'Send a direct message to {moderators}.',
    email: 'Email the moderators at {email}.',
    notSure: 'You do not need to be sure that a rule was broken. {link}',
    howToReportLink: 'How to report, and what happens next',
    footer: '{link}: where to ask what, and who to contact.',
    communityGuideLink: 'Community guide'
  },
  /**
   * A rule card: `{number}` is the rule's number, `{url}` its permanent
   * link, `{step}` the link to its enforcement step. `copyLinkOf` and
   * `copyReminderOf` finish the buttons' accessible names. The reminder is
   * a Slack message (`*...*` is bold there), before the rule's short link.
   */
  ruleCard: {
    ruleNumber: 'Rule {number}',
    copyLink: 'Copy link',
    copyLinkOf: 'to rule {number}',
    copyReminder: 'Copy reminder',
    copyReminderOf: 'of rule {number}',
    linkCopied: 'Link copied',
    reminderCopied: 'Reminder copied',
    linkManual:
      'Your browser did not let us copy. The link is selected below: copy it from there.',
    reminderManual:
      'Your browser did not let us copy. The reminder is selected below: copy it from there.',
    linkManualLabel: 'Link to copy',
    reminderManualLabel: 'Reminder to copy',
    linkedRule: 'Linked rule',
    goodExample: 'Good example',
    poorExample: 'Poor example',
    consequence: 'If this rule is broken',
    enforcement: 'Moderators usually respond with {step}.',
    enforcementStep: 'step {number} of the enforcement ladder, {title}',
    permanentLink: 'Permanent link: {url}',
    reminder:
      'Hi! A friendly pointer to rule {number} of our {page}, *{title}*. Thank you for keeping it in mind.'
  },
  /**
   * The pages an old address forwards from: a rule's short link (`{page}`
   * the rules page's title; its title is `ruleCard.ruleNumber` and the
   * rule's) and a moved page (`{title}` the page's, `{url}` its address).
   */
  forwarding: {
    readRule: 'Read rule {number} on the {page} page',
    movedTitle: 'Moved: {title}',
    moved: 'This page has moved',
    movedText: '{title} now lives at {url}.',
    goTo: 'Go to {title}'
  },
  /** The line under a policy's title: the binding `{version}` and its `{date}`. */
  policy: {
    version: 'Version {version}, in effect from {date}.',
    changesLink: 'See the changes to this policy'
  },
  /**
   * The "Report a problem" box, and (`reportPage`) the code of conduct's
   * reporting sections. `{action}` and `{menu}` are Slack's own labels;
   * `{moderators}`, `{email}`, `{acknowledgement}` and `{decision}` come from
   * the reporting config; each `...Title` is the bold start of its item.
   */
  reportBox: {
    title: 'Report a problem',
    intro:
      "If someone's behaviour worries you, tell the moderators. You do not need to be sure a rule was broken.",
    whatToInclude: 'What to include',
    moderatorInvolved:
      'If the problem is with a moderator, tell a different one. The moderator involved takes no part in handling it.',
    guideLink: 'How reporting works',
    slackReport: "In Slack, choose {action} from the message's {menu} menu.",
    reportAction: 'Report message',
    moreActions: 'More actions',
    directMessage: 'Send a direct message in the {slack} to {moderators}.',
    slackName: '{community} Slack',
    email: 'Email {email}; the email starts with what to include.',
    responseTimes:
      'We acknowledge a report {acknowledgement} and decide what to do {decision}.',
    emailSubject: 'Report of a problem in the {community} community',
    emailGreeting: 'Hello,',
    emailIntro:
      'I would like to report a problem in the {community} community.',
    emailHint:
      'Tell us as much as you can; a missing detail should not stop you from sending.'
  },
  reportPage: {
    slackReportTitle: 'In Slack, report the message.',
    slackReport:
      "{title} Open the message's menu ({icon} {menu}) and choose {action}. The workspace's moderators receive it.",
    directMessageTitle: 'Send a direct message',
    directMessage: '{title} in the {slack} to {moderators}.',
    emailTitle: 'Email the moderators',
    email:
      '{title} at {email}. The link starts an email with a subject and the checklist below, ready for your answers.',
    acknowledgeTitle: 'We acknowledge your report {acknowledgement}.',
    acknowledge:
      '{title} A moderator confirms they have it and may ask you questions.',
    decideTitle: 'We decide what to do {decision}.',
    decide:
      '{title} The moderators review what happened, hear from the people involved where that is safe, and choose a response from the enforcement steps below. If we need longer, we tell you why.',
    outcomeTitle: 'We tell you the outcome.',
    outcome:
      '{title} We let you know what we decided, while respecting the privacy of everyone involved.'
  }
}

/** `fill('version {v}', { v: '1.1' })` → `version 1.1`. */
export function fill(
  text: string,
  values: Record<string, string | number>
): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot
  )
}

/** A piece of a filled text: the text's own words, or a value put in. */
export interface TextPart {
  text: string
  /** The slot's name when the piece is a value. */
  slot?: string
}

/**
 * `fill`, in non-empty pieces, so that a value can be marked up: a key in
 * `<kbd>`, or a date or version in `<bdi>` inside right-to-left text.
 */
export function fillParts(
  text: string,
  values: Record<string, string | number>
): TextPart[] {
  return text
    .split(/(\{\w+\})/)
    .map((piece): TextPart => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1]
      return name !== undefined && name in values
        ? { text: String(values[name]), slot: name }
        : { text: piece }
    })
    .filter((part) => part.text !== '')
}
