/**
 * `npm run slack:welcome`: prints the Slack workspace's welcome message,
 * built from the community config and the Slack rules, as mrkdwn text and as
 * Block Kit JSON (the payload `chat.postMessage` takes). The build publishes
 * the same JSON at `/slack/welcome.json`.
 *
 * Usage: tsx scripts/slack-welcome.ts [--format both|mrkdwn|json]
 */
import { parseArgs } from 'node:util'
import { community } from '../.vitepress/community'
import { loadSiteModel } from '../.vitepress/site/load'
import {
  checkedWelcomeMessage,
  welcomeMessagePayload
} from '../.vitepress/slack/welcome-message'

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'both' } }
})
const format = values.format
if (format !== 'both' && format !== 'mrkdwn' && format !== 'json') {
  console.error(`--format must be both, mrkdwn or json, not "${format}".`)
  process.exit(1)
}

const message = checkedWelcomeMessage({ community, model: loadSiteModel() })
const json = JSON.stringify(welcomeMessagePayload(message), null, 2)

if (format === 'mrkdwn') console.log(message.text)
else if (format === 'json') console.log(json)
else {
  console.log('── Slack welcome message: mrkdwn ──\n')
  console.log(message.text)
  console.log('\n── Slack welcome message: Block Kit JSON ──\n')
  console.log(json)
}
