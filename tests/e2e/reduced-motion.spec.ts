import { expect, test, type Page } from '@playwright/test'
import { builtPagePaths, viewports, waitForHydration } from './support/site'

const pages = [...builtPagePaths(), '/no-such-page']

/** Elements (and pseudo-elements) that animate or transition for longer than 10 ms. */
function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (durations: string) =>
      Math.max(
        ...durations
          .split(',')
          .map(
            (duration) =>
              parseFloat(duration) *
              (duration.trim().endsWith('ms') ? 0.001 : 1)
          )
      )
    const moving: string[] = []
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        const seconds = Math.max(
          longest(style.transitionDuration) + longest(style.transitionDelay),
          style.animationName === 'none' ? 0 : longest(style.animationDuration)
        )
        if (seconds > 0.01) {
          const classes = [...element.classList].join('.')
          moving.push(
            `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${pseudo ?? ''} ${seconds}s`
          )
        }
      }
    }
    return moving
  })
}

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

  for (const path of pages) {
    test(`${path} has no transition or animation`, async ({ page }) => {
      await page.goto(path)
      await waitForHydration(page)
      expect(await movingElements(page)).toEqual([])
    })
  }

  test('the dark-mode switch and the phone menu do not move', async ({
    page
  }) => {
    await page.setViewportSize(viewports.phone)
    await page.goto('/community')
    await page.getByRole('button', { name: 'mobile navigation' }).click()
    await expect(page.locator('#VPNavScreen')).toBeVisible()
    expect(await movingElements(page)).toEqual([])
  })

  test('heading links and "Return to top" jump instead of scrolling smoothly', async ({
    page
  }) => {
    await page.setViewportSize({ width: 800, height: 800 })
    const scrolls = await recordScrolls(page)
    await page.goto('/slack-rules')
    await waitForHydration(page)
    // A heading's own link: VitePress scrolls smoothly to near targets.
    await page
      .locator('#use-threads .header-anchor')
      .evaluate((link: HTMLElement) => link.click())
    await page.getByRole('button', { name: 'On this page' }).click()
    await page.getByRole('link', { name: 'Return to top' }).click()
    await expect
      .poll(async () => (await scrolls()).length)
      .toBeGreaterThanOrEqual(2)
    expect(await scrolls()).not.toContain('smooth')
  })
})

test.describe('with no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  // These show that the checks above can fail: the same measurements find
  // motion when the reader has not asked for less.
  test('the theme does animate', async ({ page }) => {
    await page.goto('/slack-rules')
    await waitForHydration(page)
    expect((await movingElements(page)).length).toBeGreaterThan(0)
  })

  test('"Return to top" scrolls smoothly', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 })
    const scrolls = await recordScrolls(page)
    await page.goto('/slack-rules')
    await waitForHydration(page)
    await page.getByRole('button', { name: 'On this page' }).click()
    await page.getByRole('link', { name: 'Return to top' }).click()
    await expect.poll(scrolls).toContain('smooth')
  })
})
