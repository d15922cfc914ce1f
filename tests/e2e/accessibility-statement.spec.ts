/**
 * The accessibility statement, reached as a reader reaches it: from the
 * footer. Its ways to report a problem are the config's routes.
 */
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { testRepository } from '../../scripts/lib/test-builds'
import { expect, test } from './support/site'

test('the footer links to the accessibility statement, which offers the routes from the community config and the issue form', async ({
  page,
  builtSite
}) => {
  const { community } = builtSite
  const { reporting } = community
  const repository = community.site.repository ?? testRepository
  await page.goto('/')
  const { theme } = defaultTexts(community)
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: theme.accessibilityStatement, exact: true })
    .click()
  await expect(page.locator('.AccessibilityFeedback')).toHaveCount(1)
  expect(builtSite.pagePaths).toContain(new URL(page.url()).pathname)

  // In order: the issue form, a direct message in Slack, and email only
  // when the config has an address.
  const routes = page.locator('.AccessibilityFeedback > li')
  await expect(routes).toHaveCount(reporting.email ? 3 : 2)
  await expect(routes.nth(0).getByRole('link')).toHaveAttribute(
    'href',
    `${repository.url}/issues/new?template=accessibility-problem.yml`
  )
  await expect(routes.nth(1)).toContainText(reporting.slackModerators)
  await expect(routes.nth(1).getByRole('link')).toHaveAttribute(
    'href',
    community.slack.inviteUrl
  )
  if (reporting.email) {
    await expect(routes.nth(2)).toContainText(reporting.email)
    await expect(routes.nth(2).getByRole('link')).toHaveAttribute(
      'href',
      `mailto:${reporting.email}`
    )
  }
  await expect(routes.locator('a[href^="mailto:"]')).toHaveCount(
    reporting.email ? 1 : 0
  )
})
