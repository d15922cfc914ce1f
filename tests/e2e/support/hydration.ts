/**
 * Waiting for the page's islands.
 *
 * Pages load no Vue app (MPA mode); the controls that need JavaScript
 * (search, the dark-mode switch, the sidebar's Menu, copy buttons) work once
 * the page's one module has run (.vitepress/theme/islands/). A module
 * script runs before the `load` event that `page.goto` waits for, so this
 * wait is short; it stays so that a test says what it relies on. Links and
 * the `<details>` menus work without JavaScript and need no wait.
 */
import type { Page } from '@playwright/test'

/**
 * Resolves once the islands have run: the dark-mode switch's island gives
 * it its title (islands/appearance-switch.ts).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page
    .locator('.VPSwitchAppearance[title]:not([title=""])')
    .first()
    .waitFor({ state: 'attached' })
}

/** `page.goto(path)`, then waits for hydration. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await waitForHydration(page)
}
