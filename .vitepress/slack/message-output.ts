/**
 * How the Slack scripts print a message: `mrkdwn` (to paste into Slack),
 * `json` (the Block Kit payload that `chat.postMessage` and incoming
 * webhooks take), or `both`, each under a heading.
 */
import type { SlackMessage } from './block-kit'

const formats = ['both', 'mrkdwn', 'json']

/** Throws, naming the formats, when `format` is not one of them. */
export function checkFormat(format: string): void {
  if (!formats.includes(format))
    throw new Error(`--format must be ${formats.join(', ')}, not "${format}".`)
}

/** The payload as formatted JSON. */
export function messageJson({ text, blocks }: SlackMessage): string {
  return JSON.stringify({ text, blocks }, null, 2)
}

/** The message as the scripts print it; `name` heads each form in `both`. */
export function formatMessage(
  message: SlackMessage,
  format: string,
  name: string
): string {
  if (format === 'mrkdwn') return message.text
  if (format === 'json') return messageJson(message)
  return [
    `── ${name}: mrkdwn ──`,
    '',
    message.text,
    '',
    `── ${name}: Block Kit JSON ──`,
    '',
    messageJson(message)
  ].join('\n')
}
