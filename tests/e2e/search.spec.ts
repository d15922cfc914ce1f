import { expect, test } from '@playwright/test'
import { gotoHydrated } from './support/hydration'

test('search finds a rule by a word from its text', async ({ page }) => {
  await gotoHydrated(page, '/')
  await page.getByRole('button', { name: 'Search' }).click()
  // "hostnames" appears only in the body of the rule on sensitive information.
  await page.getByRole('searchbox').fill('hostnames')
  const firstResult = page.locator('.VPLocalSearchBox .result').first()
  await expect(firstResult).toContainText('Keep sensitive information out')
  await firstResult.click()
  await expect(page).toHaveURL(/\/slack-rules#no-sensitive-information$/)
  await expect(page.locator('#no-sensitive-information')).toBeInViewport()
})
