import { expect, test } from '@playwright/test'
import { navigationPages } from './support/site'

test.describe('navigation', () => {
  for (const { path, title, heading } of navigationPages) {
    test(`${path} loads with its title and one h1`, async ({ page }) => {
      await page.goto(path)
      await expect(page).toHaveTitle(new RegExp(`^${title} \\|`))
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).toHaveText(heading)
    })
  }

  test('the home page offers the three ways in and the Slack invite', async ({
    page
  }) => {
    await page.goto('/')
    await expect(page.locator('h1')).toHaveCount(1)
    for (const { path, title } of navigationPages) {
      const feature = page.locator(`.VPFeature[href="${path}"]`)
      await expect(feature).toContainText(title)
    }
    await expect(
      page.getByRole('link', { name: 'Join the Slack' })
    ).toHaveAttribute('href', 'https://prefect.io/slack')
  })

  test('the top navigation reaches every page', async ({ page }) => {
    await page.goto('/')
    for (const { path, heading } of navigationPages) {
      await page
        .getByRole('navigation', { name: 'Main Navigation' })
        .getByRole('link', { name: heading })
        .click()
      await expect(page).toHaveURL(path)
      await expect(page.locator('h1')).toHaveText(heading)
    }
  })

  test('an unknown URL gets the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This page does not exist'
    )
    await page.getByRole('link', { name: 'Take me to the home page' }).click()
    await expect(page).toHaveURL('/')
  })

  test('clean URLs: pages are served without .html', async ({ page }) => {
    await page.goto('/slack-rules')
    await expect(page.locator('h1')).toHaveText('Slack rules')
    const hrefs = await page
      .locator('.VPSidebar a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual([
      '/community',
      '/slack-rules',
      '/code-of-conduct',
      '/changes',
      '/accessibility'
    ])
  })
})
