import { expect, test } from '@playwright/test'
import { markControls, tabThrough } from './support/keyboard'
import { builtPagePaths, viewports, waitForHydration } from './support/site'

const pages = [...builtPagePaths(), '/no-such-page']

// Every page on a laptop; on a phone, the home page and a page with a
// sidebar, the two layouts a phone shows (the menu's own test is below).
const pagesAt = {
  desktop: pages,
  phone: ['/', '/slack-rules']
} as const

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`keyboard, ${device} (${viewport.width}px)`, () => {
    test.use({ viewport })

    for (const path of pagesAt[device as keyof typeof viewports]) {
      test(`${path}: Tab reaches every control, each with visible focus`, async ({
        page
      }) => {
        await page.goto(path)
        await waitForHydration(page)
        const controls = await markControls(page)
        expect(controls.length).toBeGreaterThan(3)

        const stops = await tabThrough(page, controls.length + 10)
        const reached = new Set(stops.map(({ index }) => index))
        const missed = controls.filter(
          (_, index) => !reached.has(String(index))
        )
        expect(missed, 'controls Tab never reaches').toEqual([])
        expect(
          stops
            .filter(({ focusVisible }) => !focusVisible)
            .map(({ name }) => name),
          'focused controls with no focus indicator'
        ).toEqual([])
        expect(
          stops.filter(({ onScreen }) => !onScreen).map(({ name }) => name),
          'focused controls that are off screen or invisible'
        ).toEqual([])
      })
    }

    test('the first Tab shows a skip link that moves focus to the content', async ({
      page
    }) => {
      await page.goto('/slack-rules')
      await waitForHydration(page)
      await page.keyboard.press('Tab')
      const skipLink = page.getByRole('link', { name: 'Skip to content' })
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
    page
  }) => {
    await page.goto('/community')
    await waitForHydration(page)
    const sidebarLink = page
      .locator('.VPSidebar')
      .getByRole('link', { name: 'Slack rules' })
    await expect(sidebarLink).toBeHidden()

    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(sidebarLink).toBeVisible()
    for (let press = 0; press < 5; press++) {
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
    await page.goto('/slack-rules')
    await waitForHydration(page)
    await page.addStyleTag({
      content:
        '.VPNavBarMenuLink:focus { outline: none !important; box-shadow: none !important }'
    })
    const controls = await markControls(page)
    const stops = await tabThrough(page, controls.length + 10)
    expect(
      stops.filter(({ focusVisible }) => !focusVisible).map(({ name }) => name)
    ).toEqual(['a "Community guide"', 'a "Slack rules"', 'a "Code of conduct"'])
  })
})
