/**
 * What the rule card specs share: the rule they use, a card found as a
 * person finds it, and a clipboard that refuses.
 */
import type { Locator, Page } from '@playwright/test'
import type { BuiltSite } from './site'

/** The rule most tests use: the second, so that it is not at the top. */
export function sampleRule({ rules }: BuiltSite) {
  return rules[1] ?? rules[0]!
}

/** The card of a rule, found as a person would: the article named by its title. */
export function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title })
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
