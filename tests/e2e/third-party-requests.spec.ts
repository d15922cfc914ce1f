import { expect, test } from '@playwright/test'
import { recordForeignRequests } from './support/csp'

// Every built page is loaded, and its requests recorded, by the per-page
// test in security-headers.spec.ts; these cover what a reader does next.
test.describe('no third-party requests', () => {
  test('search loads its index from this site', async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!)
    await page.goto('/')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('searchbox').fill('code of conduct')
    await expect(
      page.locator('.VPLocalSearchBox .result').first()
    ).toBeVisible()
    expect(foreign).toEqual([])
  })

  test('a request to another host is caught', async ({ page, baseURL }) => {
    // Proves the recorder sees foreign hosts, so the tests above can fail.
    const foreign = recordForeignRequests(page, baseURL!)
    await page.goto('/')
    await page.evaluate(() => {
      const image = new Image()
      image.src = 'https://tracker.example/pixel.gif'
    })
    await expect
      .poll(() => foreign)
      .toEqual(['https://tracker.example/pixel.gif'])
  })
})
