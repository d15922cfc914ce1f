/**
 * Our Slack messages as `{ text, blocks }`: `text` is the whole message as
 * mrkdwn (what a notification shows, and what a maintainer pastes), `blocks`
 * the same content laid out in Block Kit (typed by `@slack/types`). Long
 * lists are split across sections rather than truncated; what cannot be
 * split (too many blocks, a long header) is refused with an error naming
 * each problem, before anything reaches Slack.
 */
import type { KnownBlock, SectionBlock } from '@slack/types'

/** Slack's limits: https://docs.slack.dev/reference/block-kit/blocks */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10
} as const

/** A message in the form `chat.postMessage` and incoming webhooks take. */
export interface SlackMessage {
  /** The whole message as mrkdwn text. */
  text: string
  blocks: KnownBlock[]
}

/** One part of a message: a heading (bold in mrkdwn) and its lines. */
export interface MessagePart {
  heading?: string
  lines: string[]
}

export class SlackLimitError extends Error {
  constructor(
    what: string,
    readonly problems: string[]
  ) {
    super(
      `${what} breaks Slack's limits:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`
    )
    this.name = 'SlackLimitError'
  }
}

/** Slack reads `&`, `<` and `>` as markup; everything else is literal. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A mrkdwn link: `<url|text>`. */
export function mrkdwnLink(url: string, text: string): string {
  return `<${url}|${escapeMrkdwn(text)}>`
}

export function bold(text: string): string {
  return `*${escapeMrkdwn(text)}*`
}

/** A part as mrkdwn text: its bold heading, then its lines. */
function partText({ heading, lines }: MessagePart): string {
  return (heading ? [bold(heading), ...lines] : lines).join('\n')
}

/**
 * A part as sections of at most `sectionText` characters each, split between
 * lines, so a long list still fits. A single line longer than the limit is
 * left whole for `blockKitProblems` to report: cutting it could break a link.
 */
export function partSections(part: MessagePart): SectionBlock[] {
  const sections: string[] = []
  let current = part.heading ? bold(part.heading) : ''
  for (const line of part.lines) {
    // A blank line spaces out a section; it never starts one.
    if (current === '' && line === '') continue
    const next = current === '' ? line : `${current}\n${line}`
    if (next.length > slackLimits.sectionText && current !== '') {
      sections.push(current)
      current = line
    } else {
      current = next
    }
  }
  if (current !== '') sections.push(current)
  return sections.map((text): SectionBlock => ({
    type: 'section',
    text: { type: 'mrkdwn', text }
  }))
}

/**
 * A whole message from a title, its parts and a footer: a header, the parts
 * with a divider before each but the first, and the footer, if any, as
 * context.
 */
export function layoutMessage(
  title: string,
  parts: readonly MessagePart[],
  footer?: string
): SlackMessage {
  const footers = footer ? [footer] : []
  return {
    text: [bold(title), ...parts.map(partText), ...footers].join('\n\n'),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title } },
      ...parts.flatMap((part, index): KnownBlock[] => [
        ...(index > 0 ? [{ type: 'divider' } as const] : []),
        ...partSections(part)
      ]),
      ...footers.map((text): KnownBlock => ({
        type: 'context',
        elements: [{ type: 'mrkdwn', text }]
      }))
    ]
  }
}

/** Where the blocks break Slack's limits, one line per problem. */
export function blockKitProblems(blocks: readonly KnownBlock[]): string[] {
  const problems: string[] = []
  if (blocks.length > slackLimits.blocksPerMessage)
    problems.push(
      `the message has ${blocks.length} blocks; Slack allows ${slackLimits.blocksPerMessage}.`
    )
  blocks.forEach((block, index) => {
    const where = `block ${index + 1} (${block.type})`
    const [length, limit] =
      block.type === 'section'
        ? [block.text?.text.length ?? 0, slackLimits.sectionText]
        : block.type === 'header'
          ? [block.text.text.length, slackLimits.headerText]
          : [0, Infinity]
    if (length > limit)
      problems.push(`${where} has ${length} characters; Slack allows ${limit}.`)
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

/**
 * The message, or a `SlackLimitError` naming each limit it breaks. `what`
 * names the message in the error: "The Slack welcome message".
 */
export function checkedMessage(
  what: string,
  message: SlackMessage
): SlackMessage {
  const problems = blockKitProblems(message.blocks)
  if (problems.length > 0) throw new SlackLimitError(what, problems)
  return message
}

/**
 * The site paths a message links to (`/r/use-threads`,
 * `/code-of-conduct#reporting`): once posted in Slack they must keep
 * working, so the permalink registry lists them.
 */
export function messageSitePaths(
  message: SlackMessage,
  siteUrl: string
): string[] {
  const paths = [...message.text.matchAll(/<([^|>]+)\|/g)]
    .flatMap((match) => match[1] ?? [])
    .filter((url) => url.startsWith(`${siteUrl}/`))
    .map((url) => url.slice(siteUrl.length))
  return [...new Set(paths)]
}
