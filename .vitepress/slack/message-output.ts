/**
 * How the Slack scripts print a message: `mrkdwn` (to paste into Slack),
 * `json` (the Block Kit payload that `chat.postMessage` and incoming
 * webhooks take), or `both`, each under a heading.
 */
import type { SlackMessage } from './block-kit'

export const messageFormats = ['both', 'mrkdwn', 'json'] as const
export type MessageFormat = (typeof messageFormats)[number]

export function isMessageFormat(value: unknown): value is MessageFormat {
  return (messageFormats as readonly unknown[]).includes(value)
}

/** The payload as formatted JSON. */
export function messageJson(message: SlackMessage): string {
  return JSON.stringify({ text: message.text, blocks: message.blocks }, null, 2)
}

/** The message as the scripts print it; `name` heads each form in `both`. */
export function formatMessage(
  message: SlackMessage,
  format: MessageFormat,
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
