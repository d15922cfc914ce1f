import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { testRepository } from '../../scripts/lib/test-builds'
import { escapeRegExp, expect, test } from './support/site'

test.describe('the accessibility statement', () => {
  test('offers the routes from the community config, and the issue form', async ({
    page,
    builtSite: { community }
  }) => {
    await page.goto('/accessibility#report-a-problem')
    const routes = page.locator('.AccessibilityFeedback li')
    await expect(routes).toHaveText([
      /^Open an issue/,
      new RegExp(
        `^Send a direct message .*${escapeRegExp(community.reporting.slackModerators)}`
      ),
      ...(community.reporting.email
        ? [new RegExp(escapeRegExp(community.reporting.email))]
        : [])
    ])
    await expect(routes.locator('a[href^="mailto:"]')).toHaveCount(
      community.reporting.email ? 1 : 0
    )
    await expect(
      routes.getByRole('link', { name: 'accessibility problem form' })
    ).toHaveAttribute(
      'href',
      `${community.site.repository?.url ?? testRepository.url}/issues/new?template=accessibility-problem.yml`
    )
    await expect(
      routes.getByRole('link', { name: 'Slack workspace' })
    ).toHaveAttribute('href', community.slack.inviteUrl)
  })

  test('the home page footer links to it', async ({ page, builtSite }) => {
    await page.goto('/')
    const { theme } = defaultTexts(builtSite.community)
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: theme.accessibilityStatement, exact: true })
      .click()
    await expect(page).toHaveURL('/accessibility')
    await expect(page.locator('.AccessibilityFeedback')).toHaveCount(1)
  })
})
