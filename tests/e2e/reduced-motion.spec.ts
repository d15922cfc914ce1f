/**
 * Reduced motion beyond the still pages that every-url.spec.ts checks (in
 * its dark-mode visits, which ask for reduced motion): menus, and scrolling.
 */
import type { Page } from '@playwright/test'
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { waitForHydration } from './support/hydration'
import { outlineMenuToggle, phoneMenuToggle } from './support/menus'
import { movingElements } from './support/page-checks'
import { expect, test, viewports } from './support/site'

/** Records the `behavior` of every script-driven scroll on the page. */
async function recordScrolls(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const behaviors: string[] = []
    ;(window as unknown as { scrollBehaviors: string[] }).scrollBehaviors =
      behaviors
    const record = (
      target: object,
      name: 'scrollTo' | 'scrollBy' | 'scrollIntoView'
    ) => {
      const original = (target as Record<string, (...args: unknown[]) => void>)[
        name
      ]!
      ;(target as Record<string, (...args: unknown[]) => void>)[name] =
        function (this: unknown, ...args: unknown[]) {
          const options = args[0]
          behaviors.push(
            typeof options === 'object' && options !== null
              ? String((options as ScrollOptions).behavior ?? 'auto')
              : 'auto'
          )
          return original.apply(this, args)
        }
    }
    record(window, 'scrollTo')
    record(window, 'scrollBy')
    record(Element.prototype, 'scrollIntoView')
  })
  return () =>
    page.evaluate(
      () => (window as unknown as { scrollBehaviors: string[] }).scrollBehaviors
    )
}

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the dark-mode switch and the phone menu do not move', async ({
    page,
    builtSite
  }) => {
    await page.setViewportSize(viewports.phone)
    await page.goto(builtSite.rulesPagePath)
    // A tap before the app hydrates does nothing (the script loads after paint).
    await waitForHydration(page)
    await phoneMenuToggle(page).click()
    await expect(page.locator('#VPNavScreen')).toBeVisible()
    expect(await movingElements(page)).toEqual([])
  })

  test('heading links and "Return to top" jump instead of scrolling smoothly', async ({
    page,
    builtSite
  }) => {
    const { theme } = defaultTexts(builtSite.community)
    await page.setViewportSize({ width: 800, height: 800 })
    const scrolls = await recordScrolls(page)
    await page.goto(builtSite.rulesPagePath)
    await waitForHydration(page)
    // A heading's own link: VitePress scrolls smoothly to near targets.
    await page
      .locator(`#${builtSite.rules.at(-1)!.id} .header-anchor`)
      .evaluate((link: HTMLElement) => link.click())
    await outlineMenuToggle(page, theme.outline).click()
    await page.getByRole('link', { name: theme.returnToTop }).click()
    await expect
      .poll(async () => (await scrolls()).length)
      .toBeGreaterThanOrEqual(2)
    expect(await scrolls()).not.toContain('smooth')
  })
})

test.describe('with no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  // This shows that the checks above can fail: the same measurements find
  // motion when the reader has not asked for less.
  test('the theme does animate, and "Return to top" scrolls smoothly', async ({
    page,
    builtSite
  }) => {
    const { theme } = defaultTexts(builtSite.community)
    await page.setViewportSize({ width: 800, height: 800 })
    const scrolls = await recordScrolls(page)
    await page.goto(builtSite.rulesPagePath)
    await waitForHydration(page)
    expect((await movingElements(page)).length).toBeGreaterThan(0)
    await outlineMenuToggle(page, theme.outline).click()
    await page.getByRole('link', { name: theme.returnToTop }).click()
    await expect.poll(scrolls).toContain('smooth')
  })
})
