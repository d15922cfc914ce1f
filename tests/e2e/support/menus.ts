/**
 * The menus that open without JavaScript: the phone menu and "On this page"
 * are `<details>` elements (NavMenu.vue, LocalNav.vue). Their toggle is
 * the `<summary>`, which browsers announce as a button that expands, but
 * which Playwright's getByRole does not count as one; so they are found
 * here by their name, inside the `<details>`.
 */
import type { Locator, Page } from '@playwright/test'

/** The phone menu's toggle (the hamburger). */
export function phoneMenuToggle(page: Page): Locator {
  return page.locator('details > summary[aria-label="mobile navigation"]')
}

/** The "On this page" menu's toggle on narrow screens, by its label. */
export function outlineMenuToggle(page: Page, label: string): Locator {
  return page.locator('details > summary').filter({ hasText: label })
}
