/**
 * Build-time data for the maintainers' page `docs/slack-welcome.md`: the same
 * welcome message that `npm run slack:welcome` prints and the build
 * publishes at `/slack/welcome.json`.
 */
import { defineLoader } from 'vitepress'
import { community } from '../community'
import { loadSiteModel } from '../site/load'
import { checkedWelcomeMessage, welcomeMessagePayload } from './welcome-message'

export interface WelcomeMessageData {
  /** The message as mrkdwn text. */
  mrkdwn: string
  /** The message as Block Kit JSON, formatted. */
  json: string
}

declare const data: WelcomeMessageData
export { data }

export default defineLoader({
  // Rebuild the page in `vitepress dev` when the rules or the facts change.
  watch: ['../../docs/*.md', '../community.ts'],
  load(): WelcomeMessageData {
    const message = checkedWelcomeMessage({
      community,
      model: loadSiteModel()
    })
    return {
      mrkdwn: message.text,
      json: JSON.stringify(welcomeMessagePayload(message), null, 2)
    }
  }
})
