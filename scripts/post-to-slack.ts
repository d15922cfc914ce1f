/**
 * `SLACK_WEBHOOK_URL=… tsx scripts/post-to-slack.ts <message.json>`: posts
 * a Slack message to the incoming webhook in that environment variable
 * (never a command-line argument, which would land in shell history and CI
 * logs). The message is the JSON that `npm run policy:announce -- --format
 * json` or `npm run slack:welcome -- --format json` prints; an empty file
 * posts nothing.
 */
import { postMessageFile } from '../.vitepress/slack/post-message'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { positionals } = readCommandLine(commands.postToSlack)
const [file] = positionals
if (!file) {
  console.error(
    'Name the message file: SLACK_WEBHOOK_URL=… tsx scripts/post-to-slack.ts <message.json>'
  )
  process.exit(1)
}

try {
  console.log(await postMessageFile(process.env.SLACK_WEBHOOK_URL ?? '', file))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
