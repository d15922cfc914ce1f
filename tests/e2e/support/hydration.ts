/**
 * Waiting for the page's JavaScript.
 *
 * The site paints its HTML first and loads its JavaScript after the first
 * paint (.vitepress/transforms/load-scripts-after-paint.ts), so `page.goto`
 * can return before Vue has hydrated the page. Until then the buttons that
 * need JavaScript (search, the dark-mode switch, the menu, copy buttons) do
 * nothing, and a test that clicks one straight away would be flaky. Links
 * work without JavaScript and need no wait.
 */
import type { Page } from '@playwright/test'

/**
 * Resolves once the app has mounted: VitePress gives the dark-mode switch
 * its title only then. (It works on the 404 page too, which Vue renders in
 * the browser.)
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
