/**
 * The speed work, as a reader meets it: the text paints without waiting
 * for the islands' JavaScript, no web font, and nothing done in the browser
 * that the build could do. (Figures are for `npm run bench`; these tests
 * assert behaviour only.)
 */
import { gotoHydrated } from './support/hydration'
import { expect, test } from './support/site'

test.describe('speed', () => {
  test('a page paints its text without waiting for any JavaScript', async ({
    page,
    builtSite
  }) => {
    await gotoHydrated(page, builtSite.rulesPagePath)
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({
          name: entry.name,
          // Chromium's own verdict on whether the first paint waited for it.
          blocking: (
            entry as PerformanceResourceTiming & {
              renderBlockingStatus?: string
            }
          ).renderBlockingStatus
        }))
    )
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts)
      expect(script.blocking, script.name).toBe('non-blocking')
  })

  test('no page downloads a web font', async ({ page, builtSite }) => {
    const fonts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url())
    })
    // The home page and a Markdown page: the two layouts.
    for (const path of ['/', builtSite.rulesPagePath])
      await gotoHydrated(page, path)
    expect(fonts).toEqual([])
  })

  test('the social links show their bundled icons, with no icon service', async ({
    page
  }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await gotoHydrated(page, '/')
    const icons = page.locator('.VPNavBarSocialLinks .VPSocialLink > span')
    await expect(icons).toHaveCount(2)
    for (const icon of await icons.all()) {
      const mask = await icon.evaluate(
        (element) =>
          getComputedStyle(element).maskImage ||
          getComputedStyle(element).webkitMaskImage
      )
      expect(mask).toMatch(/^url\(/)
    }
    expect(requests.filter((url) => url.includes('iconify'))).toEqual([])
  })

  test('the dark-mode switch turns transitions off while it switches, and only then', async ({
    page
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await gotoHydrated(page, '/community')
    const html = page.locator('html')
    await expect(html).not.toHaveClass(/switching-appearance/)
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { classChanges: string[] }).classChanges = seen
      // Each change's classes: the value before each change, and the last.
      new MutationObserver((records) =>
        seen.push(
          ...records.map((record) => record.oldValue ?? ''),
          document.documentElement.className
        )
      ).observe(document.documentElement, {
        attributeFilter: ['class'],
        attributeOldValue: true
      })
    })
    await page.getByRole('switch', { name: /dark theme/i }).click()
    await expect(html).toHaveClass(/\bdark\b/)
    await expect(html).not.toHaveClass(/switching-appearance/)
    const changes = await page.evaluate(
      () => (window as unknown as { classChanges: string[] }).classChanges
    )
    expect(
      changes.some((classes) =>
        /(?=.*\bswitching-appearance\b)(?=.*\bdark\b)/.test(classes)
      )
    ).toBe(true)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a page shows its text and its "Last updated" date', async ({
    page,
    builtSite
  }) => {
    await page.goto(builtSite.rulesPagePath)
    await expect(page.getByRole('article')).toHaveCount(builtSite.rules.length)
    await expect(page.locator('.VPLastUpdated time')).toHaveText(
      /^[A-Z][a-z]+ \d{1,2}, \d{4}$/
    )
  })
})
