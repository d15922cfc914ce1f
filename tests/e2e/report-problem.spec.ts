import { axeViolations } from './support/axe'
import { expect, test, useMode } from './support/site'

// every-url.spec.ts checks the box and its routes on every page.
test.describe('the "Report a problem" box', () => {
  test('"What to include" opens from the keyboard and lists the config items', async ({
    page,
    builtSite: { community }
  }) => {
    const { reporting } = community
    await page.goto('/')
    const box = page.getByRole('region', { name: 'Report a problem' })
    const checklist = box.locator('details .ReportChecklist')
    await expect(checklist).toBeHidden()
    await box.getByText('What to include', { exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(checklist).toBeVisible()
    await expect(checklist.getByRole('listitem')).toHaveText(
      reporting.whatToInclude
    )
  })

  test('"How reporting works" leads to the code of conduct section', async ({
    page
  }) => {
    await page.goto('/')
    await page
      .getByRole('region', { name: 'Report a problem' })
      .getByRole('link', { name: 'How reporting works' })
      .click()
    await expect(page).toHaveURL(/#reporting$/)
    await expect(page.locator('#reporting')).toBeInViewport()
  })

  for (const mode of ['light', 'dark'] as const) {
    test(`with "What to include" open, axe finds nothing (${mode})`, async ({
      page
    }) => {
      await useMode(page, mode)
      await page.goto('/')
      await page
        .getByRole('region', { name: 'Report a problem' })
        .getByText('What to include', { exact: true })
        .click()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test.describe('reporting in the code of conduct', () => {
  test('"Ways to report" shows the Slack routes, and email only if configured', async ({
    page,
    builtSite: { community }
  }) => {
    const { reporting } = community
    await page.goto('/code-of-conduct#report-routes')
    const routes = page.locator('.ReportRoutes > li > strong')
    await expect(routes).toHaveText([
      ...(reporting.slackReportMessage
        ? ['In Slack, report the message.']
        : []),
      'Send a direct message',
      ...(reporting.email ? ['Email the moderators'] : [])
    ])
    const slack = page
      .locator('.ReportRoutes')
      .getByRole('link', { name: `${community.name} Slack (external site)` })
    await expect(slack).toHaveAttribute('href', community.slack.inviteUrl)
    await expect(slack).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(
      reporting.email ? 1 : 0
    )
  })

  test('"What to include" and the response times come from the config', async ({
    page,
    builtSite: { community }
  }) => {
    const { reporting } = community
    await page.goto('/code-of-conduct')
    const main = page.getByRole('main')
    await expect(main.locator('.ReportChecklist > li')).toHaveText(
      reporting.whatToInclude
    )
    await expect(main.locator('.ReportTimeline')).toContainText(
      `We acknowledge your report ${reporting.responseTimes.acknowledgement}.`
    )
    await expect(main.locator('.ReportTimeline')).toContainText(
      `We decide what to do ${reporting.responseTimes.decision}.`
    )
  })
})
