/**
 * `npm run slack:welcome`: prints the Slack workspace's welcome message,
 * built from the community config and the Slack rules, as mrkdwn text and as
 * Block Kit JSON (the payload `chat.postMessage` takes). The build publishes
 * the same JSON at `/slack/welcome.json`. With `--lang <key>`, the message of
 * one of the config's translations (published at `/slack/welcome.<key>.json`).
 */
import { community } from '../.vitepress/community'
import { loadSiteModel } from '../.vitepress/site/load'
import {
  formatMessage,
  isMessageFormat,
  messageFormats
} from '../.vitepress/slack/message-output'
import {
  checkedWelcomeMessage,
  welcomeLocale
} from '../.vitepress/slack/welcome-message'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { values } = readCommandLine(commands.slackWelcome)
if (!isMessageFormat(values.format)) {
  console.error(
    `--format must be ${messageFormats.join(', ')}, not "${values.format}".`
  )
  process.exit(1)
}

if (values.lang !== undefined) {
  try {
    welcomeLocale(community, values.lang)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}

const message = checkedWelcomeMessage({
  community,
  model: loadSiteModel(),
  ...(values.lang !== undefined && { locale: values.lang })
})
console.log(formatMessage(message, values.format, 'Slack welcome message'))
