/**
 * The Content-Security-Policy as the build writes it, and interactive
 * features running under it. Every built URL's headers, CSP violations and
 * foreign requests are checked in its visit by every-url.spec.ts.
 */
import { gotoHydrated } from './support/hydration'
import { recordForeignRequests, watchPageProblems } from './support/csp'
import { phoneMenuToggle } from './support/menus'
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { expect, test, viewports } from './support/site'

test('the build writes a strict Content-Security-Policy', ({ builtSite }) => {
  const expected = builtSite.headersFor('/')
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

test.describe('interactive features run under the CSP', () => {
  test('search and dark mode, on a laptop; the search index comes from this site', async ({
    page,
    builtSite,
    baseURL
  }) => {
    await page.setViewportSize(viewports.desktop)
    await page.emulateMedia({ colorScheme: 'light' })
    const problems = await watchPageProblems(page)
    const foreign = recordForeignRequests(page, baseURL!)
    await gotoHydrated(page, builtSite.rulesPagePath)

    const { theme } = defaultTexts(builtSite.community)
    await page.getByRole('switch', { name: theme.darkTheme }).click()
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)

    await page.getByRole('button', { name: theme.search }).click()
    await page.getByRole('searchbox').fill(builtSite.rules[0]!.title)
    await expect(
      page.locator('.VPLocalSearchBox .result').first()
    ).toBeVisible()
    await page.keyboard.press('Escape')

    await page.waitForLoadState('networkidle')
    expect(problems).toEqual({ violations: [], consoleErrors: [] })
    expect(foreign).toEqual([])
  })

  test('the mobile menu, on a phone', async ({ page, builtSite }) => {
    await page.setViewportSize(viewports.phone)
    const problems = await watchPageProblems(page)
    await gotoHydrated(page, '/')
    await phoneMenuToggle(page).click()
    await expect(page.locator('#VPNavScreen')).toBeVisible()
    await page
      .locator('#VPNavScreen')
      .getByRole('switch', {
        name: defaultTexts(builtSite.community).theme.darkTheme
      })
      .click()
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    expect(problems).toEqual({ violations: [], consoleErrors: [] })
  })
})

// Proof that the checks of every URL can fail: the watcher sees a script
// the build did not hash, and the recorder a request to another host.
test('a script the build did not hash is refused and reported; a request to another host is caught', async ({
  page,
  baseURL
}) => {
  const problems = await watchPageProblems(page)
  const foreign = recordForeignRequests(page, baseURL!)
  await page.goto('/')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.head.append(script)
  })
  await expect.poll(() => problems.violations.length).toBeGreaterThan(0)
  expect(problems.violations[0]).toContain('script-src-elem blocked inline')
  expect(await page.evaluate(() => 'injected' in window)).toBe(false)

  expect(foreign).toEqual([])
  await page.evaluate(() => {
    const image = new Image()
    image.src = 'https://tracker.example/pixel.gif'
  })
  await expect
    .poll(() => foreign)
    .toEqual(['https://tracker.example/pixel.gif'])
})
