/**
 * The Slack workspace's welcome message, built from the community config and
 * the Slack rules, so it never drifts from the site: a title and short link
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

/** Slack's limits, from https://api.slack.com/reference/block-kit/blocks */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10
} as const

interface PlainText {
  type: 'plain_text'
  text: string
}
interface MrkdwnText {
  type: 'mrkdwn'
  text: string
}
export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'divider' }
  | { type: 'context'; elements: MrkdwnText[] }

export interface WelcomeMessage {
  /** The whole message as mrkdwn text. */
  text: string
  /** The same message as Block Kit blocks. */
  blocks: Block[]
}

export interface WelcomeMessageInput {
  community: Community
  /** The rules, their page and the site's URL. */
  model: Pick<SiteModel, 'siteUrl' | 'rules' | 'rulesPage'>
}

/** Slack reads `&`, `<` and `>` as markup; everything else is literal. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function link(url: string, text: string): string {
  return `<${url}|${escapeMrkdwn(text)}>`
}

/** One part of the message: a heading (bold in mrkdwn) and its lines. */
interface Part {
  heading?: string
  lines: string[]
}

/** The message's content, once, for both forms. */
function messageParts({ community, model }: WelcomeMessageInput): {
  title: string
  parts: Part[]
  footer: string
} {
  const url = (path: string) => absoluteUrl(model.siteUrl, path)
  const { reporting } = community

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

  return {
    title: `Welcome to the ${community.name} Slack`,
    parts: [
      {
        lines: [
          'We are glad you are here. Please take two minutes to read the rules below: they keep a busy workspace friendly and easy to follow.'
        ]
      },
      {
        heading: 'Slack rules',
        lines: [
          ...model.rules.map(
            (rule) =>
              `${rule.number}. ${link(rule.links.shortUrl, rule.title)}: ${escapeMrkdwn(rule.summary)}`
          ),
          `The rules in full: ${link(url(model.rulesPage?.path ?? '/'), 'Slack rules')}`
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
    footer: `${link(url('/community'), 'Community guide')}: where to ask what, and who to contact.`
  }
}

function partText(part: Part): string {
  return [
    part.heading ? `*${escapeMrkdwn(part.heading)}*` : undefined,
    ...part.lines
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n')
}

/**
 * A part as sections of at most `sectionText` characters each, split between
 * lines, so a long list of rules still fits Slack's limit.
 */
function partSections(part: Part): Block[] {
  const sections: string[] = []
  let current = part.heading ? `*${escapeMrkdwn(part.heading)}*` : ''
  for (const line of part.lines) {
    const next = current === '' ? line : `${current}\n${line}`
    if (next.length > slackLimits.sectionText && current !== '') {
      sections.push(current)
      current = line
    } else {
      current = next
    }
  }
  if (current !== '') sections.push(current)
  return sections.map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text }
  }))
}

export function welcomeMessage(input: WelcomeMessageInput): WelcomeMessage {
  const { title, parts, footer } = messageParts(input)
  const text = [
    `*${escapeMrkdwn(title)}*`,
    ...parts.map(partText),
    footer
  ].join('\n\n')
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: title } },
    ...parts.flatMap((part, index) => [
      // A divider between the introduction and rules, and each later part.
      ...(index > 0 ? [{ type: 'divider' } as const] : []),
      ...partSections(part)
    ]),
    { type: 'context', elements: [{ type: 'mrkdwn', text: footer }] }
  ]
  return { text, blocks }
}

/** Where the blocks break Slack's limits, one line per problem. */
export function blockKitProblems(blocks: readonly Block[]): string[] {
  const problems: string[] = []
  if (blocks.length > slackLimits.blocksPerMessage)
    problems.push(
      `the message has ${blocks.length} blocks; Slack allows ${slackLimits.blocksPerMessage}.`
    )
  blocks.forEach((block, index) => {
    const where = `block ${index + 1} (${block.type})`
    if (
      block.type === 'section' &&
      block.text.text.length > slackLimits.sectionText
    )
      problems.push(
        `${where} has ${block.text.text.length} characters; Slack allows ${slackLimits.sectionText}.`
      )
    if (
      block.type === 'header' &&
      block.text.text.length > slackLimits.headerText
    )
      problems.push(
        `${where} has ${block.text.text.length} characters; Slack allows ${slackLimits.headerText}.`
      )
    if (
      block.type === 'context' &&
      block.elements.length > slackLimits.contextElements
    )
      problems.push(
        `${where} has ${block.elements.length} elements; Slack allows ${slackLimits.contextElements}.`
      )
  })
  return problems
}

/** The message, or an error naming each limit it breaks (fails the build). */
export function checkedWelcomeMessage(
  input: WelcomeMessageInput
): WelcomeMessage {
  const message = welcomeMessage(input)
  const problems = blockKitProblems(message.blocks)
  if (problems.length > 0) {
    throw new Error(
      `The Slack welcome message breaks Slack's limits:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`
    )
  }
  return message
}

/** The payload of `/slack/welcome.json`: what `chat.postMessage` takes. */
export function welcomeMessagePayload(message: WelcomeMessage): {
  text: string
  blocks: Block[]
} {
  return { text: message.text, blocks: message.blocks }
}

/**
 * The site paths the message links to (`/r/use-threads`,
 * `/code-of-conduct#reporting`): once pasted into Slack they must keep
 * working, so the permalink registry lists them.
 */
export function welcomeMessageSitePaths(
  message: WelcomeMessage,
  siteUrl: string
): string[] {
  const paths = [...message.text.matchAll(/<([^|>]+)\|/g)]
    .flatMap((match) => match[1] ?? [])
    .filter((url) => url.startsWith(`${siteUrl}/`))
    .map((url) => url.slice(siteUrl.length))
  return [...new Set(paths)]
}
