/**
 * What the rule card specs share: the rule they use, a card found as a
 * person finds it, its copy buttons by the names the config gives them, and
 * a clipboard that refuses.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { defaultTexts } from '../../../.vitepress/i18n/locale-config'
import { fill } from '../../../.vitepress/i18n/texts'
import type { BuiltRule, BuiltSite } from './site'
import { escapeRegExp, textPattern } from './site'

/** The rule most tests use: the second, so that it is not at the top. */
export function sampleRule({ rules }: BuiltSite) {
  return rules[1] ?? rules[0]!
}

/** The card of a rule, found as a person would: the article named by its title. */
export function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title })
}

/** The rule card texts of the site's default language. */
export function cardTexts(site: BuiltSite) {
  return defaultTexts(site.community).ruleCard
}

/**
 * A card's copy buttons by their whole accessible names ("Copy link to
 * rule 2"), and its status line.
 */
export function copyControls(page: Page, site: BuiltSite, rule: BuiltRule) {
  const texts = cardTexts(site)
  const article = card(page, rule.title)
  const button = (label: string, end: string) =>
    article.getByRole('button', {
      name: `${label} ${fill(end, { number: rule.number })}`,
      exact: true
    })
  return {
    article,
    copyLink: button(texts.copyLink, texts.copyLinkOf),
    copyReminder: button(texts.copyReminder, texts.copyReminderOf),
    status: article.getByRole('status')
  }
}

/** The status says `message`, as a screen reader reads it (the ✓ is hidden). */
export async function expectStatus(
  status: Locator,
  message: string
): Promise<void> {
  await expect(status).toMatchAriaSnapshot(
    `- status: ${JSON.stringify(message)}`
  )
}

/**
 * The Slack reminder a card copies: the config's words with the rule's
 * number and title (the page's title in `{page}`), then the short link on
 * a line of its own.
 */
export function reminderPattern(site: BuiltSite, rule: BuiltRule): RegExp {
  const words = textPattern(cardTexts(site).reminder, {
    number: rule.number,
    title: rule.title
  })
  return new RegExp(`^${words}\\n${escapeRegExp(rule.shortUrl)}$`)
}

/** Makes the Clipboard API refuse every write, as a browser may. */
export function refuseClipboard(): void {
  Object.defineProperty(navigator, 'clipboard', {
    value: {
      writeText: () =>
        Promise.reject(new DOMException('Write denied', 'NotAllowedError'))
    }
  })
}
