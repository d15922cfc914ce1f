/**
 * Posts a message to a Slack incoming webhook with Slack's own client,
 * `@slack/webhook`. The webhook URL is a secret: it comes from the caller
 * (the environment, in `scripts/post-to-slack.ts`) and never appears in an
 * error message. Node only.
 */
import { readFileSync } from 'node:fs'
import { IncomingWebhook, IncomingWebhookHTTPError } from '@slack/webhook'
import { checkedMessage, type SlackMessage } from './block-kit'

/** Loopback hosts: a test's local receiver may use plain http. */
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Throws when a webhook URL cannot be used, saying why. */
function checkWebhookUrl(url: string): void {
  if (!url) throw new Error('SLACK_WEBHOOK_URL is not set.')
  const parsed = URL.parse(url)
  if (!parsed)
    throw new Error(
      'SLACK_WEBHOOK_URL is not a URL. Copy the incoming webhook URL from the Slack app settings.'
    )
  if (
    parsed.protocol !== 'https:' &&
    !(parsed.protocol === 'http:' && loopback.has(parsed.hostname))
  )
    throw new Error(
      'SLACK_WEBHOOK_URL must be an https URL, such as the https://hooks.slack.com/services/… address Slack gives.'
    )
}

/** The message in a JSON payload (what `--format json` prints). */
function parsePayload(json: string, source: string): SlackMessage {
  let payload: unknown
  try {
    payload = JSON.parse(json)
  } catch (error) {
    throw new Error(
      `${source} is not JSON: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const { text, blocks } = (payload ?? {}) as Partial<SlackMessage>
  if (typeof text !== 'string' || text === '' || !Array.isArray(blocks))
    throw new Error(
      `${source} is not a Slack message: it needs "text" and "blocks", as printed by --format json.`
    )
  return { text, blocks }
}

/** Sends the message; throws with Slack's answer when Slack refuses it. */
export async function postMessage(
  url: string,
  message: SlackMessage
): Promise<void> {
  checkWebhookUrl(url)
  const { text, blocks } = checkedMessage('The message', message)
  const webhook = new IncomingWebhook(url, { timeout: 30_000 })
  try {
    // No link previews: an announcement links several pages, and Slack
    // would unfurl the first ones into large cards.
    await webhook.send({
      text,
      blocks,
      unfurl_links: false,
      unfurl_media: false
    })
  } catch (error) {
    if (error instanceof IncomingWebhookHTTPError)
      throw new Error(
        `Slack refused the message: HTTP ${error.statusCode}${error.body ? `, "${error.body}"` : ''}.`
      )
    throw new Error(
      `Could not reach the Slack webhook: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/**
 * Posts the message in a JSON file (what `--format json` prints) and says
 * what happened. An empty file is "nothing to announce": nothing is sent.
 */
export async function postMessageFile(
  url: string,
  file: string
): Promise<string> {
  const json = readFileSync(file, 'utf8')
  if (json.trim() === '') return `${file} is empty: nothing to post.`
  await postMessage(url, parsePayload(json, file))
  return `Posted ${file} to Slack.`
}
