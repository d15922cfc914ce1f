/**
 * Keyboard behaviour beyond the Tab walk that every-url.spec.ts does on
 * every page: the skip link, the phone menu, and proof that the walk fails.
 */
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { markControls, tabThrough } from './support/keyboard'
import { waitForHydration } from './support/hydration'
import { expect, test, viewports } from './support/site'

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`keyboard, ${device} (${viewport.width}px)`, () => {
    test.use({ viewport })

    test('the first Tab shows a skip link that moves focus to the content', async ({
      page,
      builtSite
    }) => {
      await page.goto(builtSite.rulesPagePath)
      await waitForHydration(page)
      await page.keyboard.press('Tab')
      const { theme } = defaultTexts(builtSite.community)
      const skipLink = page.getByRole('link', { name: theme.skipToContent })
      await expect(skipLink).toBeFocused()
      await expect(skipLink).toBeInViewport()

      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      // The next stop is inside the main content, past the navigation.
      const next = page.locator(':focus')
      await expect(next).toHaveCount(1)
      expect(
        await next.evaluate((element) => !!element.closest('#VPContent'))
      ).toBe(true)
      expect(
        await next.evaluate(
          (element) => !!element.closest('.VPNav, .VPSidebar, .VPLocalNav')
        )
      ).toBe(false)
    })
  })
}

test.describe('keyboard, phone menu', () => {
  test.use({ viewport: viewports.phone })

  test('the sidebar links are reachable once the menu is open', async ({
    page,
    builtSite
  }) => {
    // A doc page in the default language: home pages have no sidebar.
    await page.goto(builtSite.rulesPagePath)
    await waitForHydration(page)
    const sidebarLink = page
      .locator(`.VPSidebar a[href="${builtSite.rulesPagePath}"]`)
      .first()
    await expect(sidebarLink).toBeHidden()

    const { theme } = defaultTexts(builtSite.community)
    await page.getByRole('button', { name: theme.sidebarMenu }).click()
    await expect(sidebarLink).toBeVisible()
    for (let press = 0; press < 10; press++) {
      await page.keyboard.press('Tab')
      if (await sidebarLink.evaluate((link) => link === document.activeElement))
        break
    }
    await expect(sidebarLink).toBeFocused()
    await expect(sidebarLink).toBeInViewport()
  })
})

test.describe('keyboard checks can fail', () => {
  // The page's CSP refuses injected styles; this test needs one.
  test.use({ bypassCSP: true, viewport: viewports.desktop })

  test('a control without a focus indicator is reported', async ({ page }) => {
    await page.goto('/')
    await waitForHydration(page)
    await page.addStyleTag({
      content:
        '.VPNavBarMenuLink:focus { outline: none !important; box-shadow: none !important }'
    })
    const navLinks = await page
      .locator('.VPNavBarMenuLink')
      .evaluateAll((links) =>
        links.map((link) => `a "${(link.textContent ?? '').trim()}"`)
      )
    expect(navLinks.length).toBeGreaterThan(0)
    const controls = await markControls(page)
    const stops = await tabThrough(page, controls.length + 10)
    expect(
      stops.filter(({ focusVisible }) => !focusVisible).map(({ name }) => name)
    ).toEqual(navLinks)
  })
})
