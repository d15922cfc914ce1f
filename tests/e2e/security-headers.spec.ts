import { expect, test } from '@playwright/test'
import { recordForeignRequests, watchPageProblems } from './support/csp'
import { builtHeadersFor, builtHtmlPaths, viewports } from './support/site'

const expected = builtHeadersFor('/')

test('the build writes a strict Content-Security-Policy', () => {
  const policy = expected['content-security-policy'] ?? ''
  expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/)
  expect(policy).toMatch(
    /(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/
  )
  expect(policy).not.toContain('unsafe-eval')
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  // No origin other than our own: no URL, host or scheme wildcard.
  expect(policy).not.toMatch(/https?:|\*|\bblob:/)
  expect(expected['x-content-type-options']).toBe('nosniff')
  expect(expected['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(expected['permissions-policy']).toContain('camera=()')
})

// One visit per built page (redirect pages and their targets included)
// checks both what the server sends and everything the page then loads.
test.describe('every built page', () => {
  for (const path of builtHtmlPaths()) {
    test(`${path}: security headers, no CSP violation, nothing from another host`, async ({
      page,
      baseURL
    }) => {
      const problems = await watchPageProblems(page, '/no-such-page')
      const foreign = recordForeignRequests(page, baseURL!)
      const response = await page.goto(path)
      expect(response?.headers()).toMatchObject(expected)
      await page.waitForLoadState('networkidle')
      expect(problems).toEqual({ violations: [], consoleErrors: [] })
      expect(foreign, 'requests to other hosts').toEqual([])
    })
  }
})

test.describe('interactive features run under the CSP', () => {
  test('search and dark mode, on a laptop', async ({ page }) => {
    await page.setViewportSize(viewports.desktop)
    await page.emulateMedia({ colorScheme: 'light' })
    const problems = await watchPageProblems(page)
    await page.goto('/slack-rules')

    await page.getByRole('switch', { name: 'Dark theme' }).click()
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)

    await page.getByRole('button', { name: 'Search' }).click()
    const search = page.getByRole('searchbox')
    await search.fill('threads')
    await expect(
      page.locator('.VPLocalSearchBox .result').first()
    ).toBeVisible()
    await page.keyboard.press('Escape')

    await page.waitForLoadState('networkidle')
    expect(problems).toEqual({ violations: [], consoleErrors: [] })
  })

  test('the mobile menu, on a phone', async ({ page }) => {
    await page.setViewportSize(viewports.phone)
    const problems = await watchPageProblems(page)
    await page.goto('/community')
    await page.getByRole('button', { name: 'mobile navigation' }).click()
    await expect(page.locator('#VPNavScreen')).toBeVisible()
    await page
      .locator('#VPNavScreen')
      .getByRole('switch', { name: 'Dark theme' })
      .click()
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    expect(problems).toEqual({ violations: [], consoleErrors: [] })
  })
})

test('a script the build did not hash is refused and reported', async ({
  page
}) => {
  // Proves the watcher sees violations, so the tests above can fail.
  const problems = await watchPageProblems(page)
  await page.goto('/')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.head.append(script)
  })
  await expect.poll(() => problems.violations.length).toBeGreaterThan(0)
  expect(problems.violations[0]).toContain('script-src-elem blocked inline')
  expect(await page.evaluate(() => 'injected' in window)).toBe(false)
})
