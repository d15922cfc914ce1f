/**
 * Build-time data for the maintainers' page `docs/slack-welcome.md`: the same
 * welcome message that `npm run slack:welcome` prints.
 */
import { defineLoader } from 'vitepress'
import { community } from '../community'
import { loadSiteModel } from '../site/load'
import { messageJson } from './message-output'
import { checkedWelcomeMessage } from './welcome-message'

export interface WelcomeMessageData {
  mrkdwn: string
  /** The Block Kit payload, as formatted JSON. */
  json: string
}

declare const data: WelcomeMessageData
export { data }

export default defineLoader({
  // Rebuild the page in `vitepress dev` when the rules or the facts change.
  watch: ['../../docs/*.md', '../community.ts'],
  load(): WelcomeMessageData {
    const model = loadSiteModel()
    const message = checkedWelcomeMessage({ community, model })
    return { mrkdwn: message.text, json: messageJson(message) }
  }
})
