/**
 * The shape of the community facts that the whole site reads.
 *
 * Everything a community would change to adopt this site lives in one value
 * of type `Community` (see `.vitepress/community.ts`), checked by the schema
 * in schema.ts, which is also where its fields are documented.
 */
import type { z } from 'zod'
import type { communitySchema } from './schema'

/** What a resource link points at; shown as an icon and a text label. */
export const resourceKinds = [
  'docs',
  'issues',
  'archive',
  'qa',
  'chat',
  'repository'
] as const
export type ResourceKind = (typeof resourceKinds)[number]

/** Where a resource is listed on the community guide. */
export const resourceGroups = ['before-you-ask', 'talk-to-us'] as const
export type ResourceGroup = (typeof resourceGroups)[number]

/** The community facts; their fields are documented on the schema. */
export type Community = Omit<
  z.infer<typeof communitySchema>,
  'translations'
> & {
  /** Translated pages in `docs/<key>/`, in the languages they name. */
  translations?: Translations
}
export type Resource = Community['resources'][number]
export type Contact = Community['contacts'][number]
export type Repository = NonNullable<Community['site']['repository']>
export type Reporting = Community['reporting']

/** The site's own texts in one language; `{name}` marks a value filled in. */
export interface SiteTexts {
  /** The default language's name, in the language switcher. */
  languageName: string
  current: string
  stale: string
  /** Added to `stale` when git history says since when and how often. */
  staleSince: string
  missing: string
  authoritative: string
  changesLink: string
  sourceLink: string
  /** VitePress's own labels (outline, footer links, switches, search). */
  theme: ThemeTexts
  /** The Slack welcome message's sentences (`/slack/welcome.<key>.json`). */
  welcome: WelcomeTexts
  /** A rule card's buttons and messages (RuleCard, RuleCardActions). */
  ruleCard: RuleCardTexts
  /** The line under a policy's title (PolicyVersion). */
  policy: PolicyTexts
  /** The "Report a problem" box's fixed sentences (ReportProblemBox). */
  reportBox: ReportBoxTexts
  /** The code of conduct's reporting sections (ReportRoutes, ReportTimeline). */
  reportPage: ReportPageTexts
}

/** `{version}` is the binding version, `{date}` the day it took effect. */
export interface PolicyTexts {
  version: string
  changesLink: string
}

/**
 * A rule card's texts. `{number}` is the rule's number, `{url}` its
 * permanent link. `copyLinkOf` and `copyReminderOf` finish the buttons'
 * accessible names; sighted readers see the card around them instead.
 */
export interface RuleCardTexts {
  ruleNumber: string
  copyLink: string
  copyLinkOf: string
  copyReminder: string
  copyReminderOf: string
  linkCopied: string
  reminderCopied: string
  /** The Clipboard API refused: the text is shown, selected, below. */
  linkManual: string
  reminderManual: string
  /** The label of the field that holds the text to copy by hand. */
  linkManualLabel: string
  reminderManualLabel: string
  linkedRule: string
  /** The captions of a rule's `::: example good` and `::: example poor`. */
  goodExample: string
  poorExample: string
  consequence: string
  /** Before the consequence: `{step}` links to its step, `enforcementStep`. */
  enforcement: string
  enforcementStep: string
  permanentLink: string
  /**
   * The Slack message that Copy reminder copies, before its short link:
   * `{number}` and `{title}` are the rule's, `{page}` the rules page's
   * title. `*...*` is bold in Slack's message box.
   */
  reminder: string
}

/**
 * The report box's fixed sentences. Slots: `{action}` and `{menu}` are
 * Slack's own labels, `{slack}` a link named `slackName`, `{moderators}`,
 * `{email}`, `{acknowledgement}` and `{decision}` from the reporting config.
 */
export interface ReportBoxTexts {
  title: string
  intro: string
  whatToInclude: string
  moderatorInvolved: string
  guideLink: string
  slackReport: string
  /** Slack's "Report message" action and "More actions" menu. */
  reportAction: string
  moreActions: string
  directMessage: string
  slackName: string
  email: string
  responseTimes: string
  /** The report email's subject and its lines before the checklist; `{community}`. */
  emailSubject: string
  emailGreeting: string
  emailIntro: string
  emailHint: string
}

/**
 * The code of conduct's ways to report (ReportRoutes) and what happens
 * after a report (ReportTimeline): each `...Title` is the bold start of its
 * item, `{title}` in the sentence. Slots as in ReportBoxTexts.
 */
export interface ReportPageTexts {
  slackReportTitle: string
  slackReport: string
  directMessageTitle: string
  directMessage: string
  emailTitle: string
  email: string
  acknowledgeTitle: string
  acknowledge: string
  decideTitle: string
  decide: string
  outcomeTitle: string
  outcome: string
}

/** The reporting config's words, in a locale's language. */
export type ReportingWords = Pick<
  Reporting,
  'slackModerators' | 'whatToInclude' | 'responseTimes'
>

/**
 * The welcome message's fixed sentences. `{name}` slots are filled in:
 * `{community}` the community's name, `{link}` a link whose text is one of
 * the `...Link` texts, `{moderators}` and `{email}` from the reporting config.
 */
export interface WelcomeTexts {
  title: string
  intro: string
  /** The rules' heading when there is no rules page to take its title from. */
  rulesHeading: string
  rulesInFull: string
  codeOfConductHeading: string
  codeOfConduct: string
  codeOfConductLink: string
  reportingHeading: string
  reportMessage: string
  directMessage: string
  email: string
  notSure: string
  howToReportLink: string
  footer: string
  communityGuideLink: string
}

export interface ThemeTexts {
  /** The sidebar's two groups: the community's pages, and the site's. */
  communityGroup: string
  aboutGroup: string
  outline: string
  lastUpdated: string
  editLink: string
  prev: string
  next: string
  returnToTop: string
  sidebarMenu: string
  darkMode: string
  lightModeSwitchTitle: string
  darkModeSwitchTitle: string
  languageMenu: string
  search: string
  /** The skip link, and the dark-mode switch's name (its state is on/off). */
  skipToContent: string
  darkTheme: string
  /** Above "Edit this page": `{link}` is `contributingGuide`, `{editLink}` that link's text. */
  contributing: string
  contributingGuide: string
  /** A heading's anchor link's name: `{title}` is the heading's text. */
  permalink: string
  /** The 404 page (NotFoundPage): its heading, its first sentence, ... */
  notFoundTitle: string
  notFoundQuote: string
  /** ... where to go instead (`{key}` is the search's key), the home link. */
  notFoundSearch: string
  notFoundLink: string
}

/** One translation of the site, served under `/<key>/`. */
export interface Locale {
  /** BCP 47 tag, such as "ar" or "pt-BR". */
  lang: string
  /** Text direction; right-to-left for Arabic, Hebrew, Persian, Urdu. */
  dir: 'ltr' | 'rtl'
  texts: SiteTexts
  /** The reporting config's words (who to message, what to include, how soon) in this language. */
  reporting: ReportingWords
}

export interface Translations {
  /** The default language's texts (English ones ship in i18n/texts.ts). */
  texts?: SiteTexts
  /** By key: the folder under `docs/` and the path prefix, such as "ar". */
  locales: Record<string, Locale>
}
