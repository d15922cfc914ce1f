/**
 * The Slack workspace's welcome message, built from the community config and
 * the rules, so it never drifts from the site: a title and short link
 * for each rule, the code of conduct, and how to report a problem.
 *
 * It comes in the two forms Slack takes: mrkdwn text (to paste into the
 * workspace's welcome message or a pinned post) and Block Kit blocks (for a
 * bot, or Slack's Block Kit Builder). `npm run slack:welcome` prints both, and
 * the build publishes them at `/slack/welcome.json`.
 */
import type { Community } from '../community/types'
import type { SiteModel } from '../site/model'
import { absoluteUrl } from '../site/paths'
import {
  checkedMessage,
  escapeMrkdwn,
  layoutMessage,
  messageSitePaths,
  mrkdwnLink as link,
  type SlackMessage
} from './block-kit'

export type WelcomeMessage = SlackMessage

export interface WelcomeMessageInput {
  community: Community
  /** The rules, their page and the site's URL. */
  model: Pick<SiteModel, 'siteUrl' | 'rules' | 'rulesPage'>
}

export function welcomeMessage({
  community,
  model
}: WelcomeMessageInput): WelcomeMessage {
  const url = (path: string) => absoluteUrl(model.siteUrl, path)
  const { reporting } = community
  const rulesTitle = model.rulesPage?.title ?? 'Rules'

  const reportLines = [
    reporting.slackReportMessage
      ? '• Report the message: open its menu (More actions) and choose _Report message_.'
      : undefined,
    `• Send a direct message to ${escapeMrkdwn(reporting.slackModerators)}.`,
    reporting.email
      ? `• Email the moderators at <mailto:${reporting.email}|${escapeMrkdwn(reporting.email)}>.`
      : undefined,
    `You do not need to be sure that a rule was broken. ${link(url('/code-of-conduct#reporting'), 'How to report, and what happens next')}`
  ].filter((line): line is string => line !== undefined)

  return layoutMessage(
    `Welcome to the ${community.name} Slack`,
    [
      {
        lines: [
          'We are glad you are here. Please take two minutes to read the rules below: they keep a busy workspace friendly and easy to follow.'
        ]
      },
      {
        heading: rulesTitle,
        lines: [
          ...model.rules.map(
            (rule) =>
              `${rule.number}. ${link(rule.links.shortUrl, rule.title)}: ${escapeMrkdwn(rule.summary)}`
          ),
          `The rules in full: ${link(url(model.rulesPage?.path ?? '/'), rulesTitle)}`
        ]
      },
      {
        heading: 'Code of conduct',
        lines: [
          `Everyone here follows the ${link(url('/code-of-conduct'), `${community.name} community code of conduct`)}, in channels, threads and direct messages.`
        ]
      },
      { heading: 'If something goes wrong', lines: reportLines }
    ],
    `${link(url('/community'), 'Community guide')}: where to ask what, and who to contact.`
  )
}

/** The message, or an error naming each limit it breaks (fails the build). */
export function checkedWelcomeMessage(
  input: WelcomeMessageInput
): WelcomeMessage {
  return checkedMessage('The Slack welcome message', welcomeMessage(input))
}

/** The payload of `/slack/welcome.json`: what `chat.postMessage` takes. */
export function welcomeMessagePayload(message: WelcomeMessage): SlackMessage {
  return { text: message.text, blocks: message.blocks }
}

/** The site paths the message links to, for the permalink registry. */
export function welcomeMessageSitePaths(
  message: WelcomeMessage,
  siteUrl: string
): string[] {
  return messageSitePaths(message, siteUrl)
}
