import { expect, test } from '@playwright/test'
import { testRepository } from '../../scripts/lib/test-builds'

test.describe('the accessibility statement', () => {
  test('says the standard, how it is tested, its limits, and how to report', async ({
    page
  }) => {
    await page.goto('/accessibility')
    await expect(page.locator('h1')).toHaveText('Accessibility')
    await expect(
      page.locator('main').getByRole('heading', { level: 2 })
    ).toHaveText([
      /^The standard we aim for/,
      /^How we test/,
      /^Known limitations/,
      /^Tell us about a problem/
    ])
    await expect(page.locator('main')).toContainText('WCAG) 2.2')
    await expect(page.locator('main')).toContainText('level AA')
  })

  test('offers the routes from the community config, and the issue form', async ({
    page
  }) => {
    await page.goto('/accessibility#report-a-problem')
    const routes = page.locator('.AccessibilityFeedback li')
    await expect(routes).toHaveCount(2)
    await expect(
      routes.getByRole('link', { name: 'accessibility problem form' })
    ).toHaveAttribute(
      'href',
      `${testRepository.url}/issues/new?template=accessibility-problem.yml`
    )
    await expect(
      routes.getByRole('link', { name: 'Slack workspace' })
    ).toHaveAttribute('href', 'https://prefect.io/slack')
    await expect(routes.nth(1)).toContainText('a member of the Prefect team')
  })

  test('the home page footer links to it', async ({ page }) => {
    await page.goto('/')
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Accessibility statement' })
      .click()
    await expect(page).toHaveURL('/accessibility')
    await expect(page.locator('h1')).toHaveText('Accessibility')
  })
})
