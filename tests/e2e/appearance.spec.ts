import { expect, test } from './support/site'
import { gotoHydrated } from './support/hydration'

test('the dark-mode toggle works and its choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await gotoHydrated(page, '/community')
  const html = page.locator('html')
  await expect(html).not.toHaveClass(/\bdark\b/)

  await page.getByRole('switch', { name: /dark theme/i }).click()
  await expect(html).toHaveClass(/\bdark\b/)

  await page.goto('/code-of-conduct')
  await expect(html).toHaveClass(/\bdark\b/)
  await page.reload()
  await expect(html).toHaveClass(/\bdark\b/)
})
