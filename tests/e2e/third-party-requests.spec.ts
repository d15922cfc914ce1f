import { expect, test, type Page } from '@playwright/test'
import { builtHtmlPaths } from './support/site'

/** Every request the page makes to a host other than the test server. */
function recordForeignRequests(page: Page, baseURL: string): string[] {
  const ownHost = new URL(baseURL).host
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    // data: and blob: URLs never leave the browser.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.host !== ownHost) foreign.push(request.url())
  })
  return foreign
}

test.describe('no third-party requests', () => {
  for (const path of builtHtmlPaths()) {
    test(`${path} loads everything from this site`, async ({
      page,
      baseURL
    }) => {
      const foreign = recordForeignRequests(page, baseURL!)
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      expect(foreign).toEqual([])
    })
  }

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
