/**
 * The Slack announcement of a policy change: for each policy whose version
 * changed, the new version and the day it takes effect, the changelog's
 * summary, and the rules added, removed, renamed or reworded, each with its
 * short link; then a link to the Changes page. Built from `PolicyChange`s
 * (see `policy/policy-diff.ts`), in the same two forms as the welcome
 * message: mrkdwn and Block Kit. Pure functions.
 */
import { changesPath } from '../site/guide-pages'
import { absoluteUrl, anchorPath, pagePath, ruleLinks } from '../site/paths'
import { pagesFolder } from '../plugins/source-location'
import type { PolicyChange, RuleChange } from '../policy/policy-diff'
import type { RuleText } from '../policy/policy-snapshot'
import { isPolicyFile, policyId } from '../policy/policies'
import { formatDate } from '../theme/format-date'
import {
  bold,
  checkedMessage,
  escapeMrkdwn,
  layoutMessage,
  mrkdwnLink as link,
  slackLimits,
  type MessagePart,
  type SlackMessage
} from './block-kit'

/** Where the announcement links to, as absolute URLs. */
export interface AnnouncementLinks {
  /** A policy page. */
  page(file: string): string
  /** A rule: its permanent short link when it has one. */
  rule(file: string, rule: RuleText): string
  /** The Changes page, at the policy's section when it has one. */
  changes(file?: string): string
}

/** The site's links, from its root URL (without a trailing slash). */
export function siteAnnouncementLinks(siteUrl: string): AnnouncementLinks {
  const url = (path: string) => absoluteUrl(siteUrl, path)
  const relative = (file: string) => file.slice(`${pagesFolder}/`.length)
  return {
    page: (file) => url(pagePath(relative(file))),
    // Every rule on the site has its short link (see site/model.ts).
    rule: (file, rule) =>
      ruleLinks(rule, pagePath(relative(file)), siteUrl).shortUrl,
    changes: (file) =>
      url(
        file && isPolicyFile(file)
          ? anchorPath(changesPath, policyId(file))
          : changesPath
      )
  }
}

export interface AnnouncementInput {
  changes: readonly PolicyChange[]
  links: AnnouncementLinks
  /** BCP 47 language of the dates, such as `en-US`. */
  lang: string
}

function ruleName(rule: RuleText): string {
  return `${rule.number}. ${rule.title}`
}

/** The bullet for one rule change. */
function ruleLine(
  change: RuleChange,
  file: string,
  links: AnnouncementLinks
): string {
  const { rule } = change
  if (change.kind === 'added')
    return `• ${link(links.rule(file, rule), ruleName(rule))}: ${escapeMrkdwn(rule.summary)}`
  if (change.kind === 'removed') {
    // Never link the old anchor: it leads nowhere unless a rule took the id.
    const where = change.coveredBy
      ? `now covered by ${link(links.rule(file, change.coveredBy), ruleName(change.coveredBy))}`
      : `no longer a rule (${link(links.page(file), 'read the page')})`
    return `• ~${escapeMrkdwn(rule.title)}~: ${where}`
  }
  const was = change.previousTitle
    ? ` (was “${escapeMrkdwn(change.previousTitle)}”${change.reworded ? ', and reworded' : ''})`
    : ''
  return `• ${link(links.rule(file, rule), ruleName(rule))}${was}: ${escapeMrkdwn(rule.summary)}`
}

const groups: { heading: string; has: (change: RuleChange) => boolean }[] = [
  { heading: 'New rules', has: (change) => change.kind === 'added' },
  {
    heading: 'Renamed rules',
    has: (change) => change.kind === 'changed' && !!change.previousTitle
  },
  {
    heading: 'Reworded rules',
    has: (change) => change.kind === 'changed' && !change.previousTitle
  },
  { heading: 'Removed rules', has: (change) => change.kind === 'removed' }
]

function policyPart(
  change: PolicyChange,
  { links, lang }: Omit<AnnouncementInput, 'changes'>,
  withHeading: boolean
): MessagePart {
  const page = link(links.page(change.file), change.title)
  const from = formatDate(change.effectiveDate, lang)
  const intro = `${page} version ${escapeMrkdwn(change.version)} is in effect from ${from}.${change.previousVersion ? ` It replaces version ${escapeMrkdwn(change.previousVersion)}.` : ''}`
  const entries = change.entries.map(
    (entry) =>
      `> ${change.entries.length > 1 ? `${escapeMrkdwn(entry.version)}: ` : ''}${escapeMrkdwn(entry.summary)}`
  )
  const ruleLines = groups.flatMap(({ heading, has }) => {
    const lines = change.rules
      .filter(has)
      .map((rule) => ruleLine(rule, change.file, links))
    return lines.length > 0 ? ['', bold(heading), ...lines] : []
  })
  return {
    ...(withHeading && {
      heading: `${change.title}, version ${change.version}`
    }),
    lines: [
      intro,
      ...entries,
      ...ruleLines,
      '',
      `${link(links.changes(change.file), `What changed in ${change.title}`)}, on the Changes page.`
    ]
  }
}

/** "<policy title>: version 1.1", or a shorter title when it would not fit. */
function announcementTitle(changes: readonly PolicyChange[]): string {
  const [only] = changes
  const full =
    only && changes.length === 1
      ? `Policy update: ${only.title}, version ${only.version}`
      : `Policy updates: ${changes.map((change) => `${change.title} ${change.version}`).join(', ')}`
  if (full.length <= slackLimits.headerText) return full
  return changes.length === 1 ? 'Policy update' : 'Policy updates'
}

/**
 * The announcement, or `undefined` when no policy version changed (then
 * nothing is posted). Throws a `SlackLimitError` when it cannot fit one
 * Slack message.
 */
export function policyAnnouncement(
  input: AnnouncementInput
): SlackMessage | undefined {
  if (input.changes.length === 0) return undefined
  const message = layoutMessage(
    announcementTitle(input.changes),
    // One policy: the header names it already.
    input.changes.map((change) =>
      policyPart(change, input, input.changes.length > 1)
    ),
    `${link(input.links.changes(), 'Changes')}: every version of each policy, and every edit.`
  )
  return checkedMessage('The policy announcement', message)
}
