/**
 * `npm run slack:welcome [-- --format both|mrkdwn|json] [--lang <key>]`:
 * prints the Slack workspace's welcome message, built from the community
 * config and the Slack rules, as mrkdwn text, Block Kit JSON (the payload
 * `chat.postMessage` takes) or both; the build publishes the JSON at
 * `/slack/welcome.json`. With `--lang <key>`, the message in one of the
 * config's translations (published at `/slack/welcome.<key>.json`).
 */
import { community } from '../.vitepress/community'
import { loadSiteModel } from '../.vitepress/site/load'
import { checkFormat, formatMessage } from '../.vitepress/slack/message-output'
import {
  checkedWelcomeMessage,
  welcomeLocale
} from '../.vitepress/slack/welcome-message'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { values } = readCommandLine(commands.slackWelcome)
try {
  checkFormat(values.format)
  if (values.lang !== undefined) welcomeLocale(community, values.lang)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const message = checkedWelcomeMessage({
  community,
  model: loadSiteModel(),
  ...(values.lang !== undefined && { locale: values.lang })
})
console.log(formatMessage(message, values.format, 'Slack welcome message'))
