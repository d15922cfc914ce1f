import { expect, test } from '@playwright/test'
import { community } from '../../.vitepress/community'
import { axeViolations } from './support/axe'
import { builtPagePaths, darkModeInitScript } from './support/site'

const { reporting } = community
const pages = [...builtPagePaths(), '/no-such-page']

test.describe('the "Report a problem" box', () => {
  for (const path of pages) {
    test(`${path} has the box, with every route the config has`, async ({
      page
    }) => {
      await page.goto(path)
      const box = page.getByRole('region', { name: 'Report a problem' })
      await expect(box).toHaveCount(1)
      await expect(box).toBeVisible()

      if (reporting.slackReportMessage)
        await expect(box).toContainText('choose Report message')
      await expect(box).toContainText(
        `Send a direct message in the ${community.name} Slack`
      )
      await expect(box).toContainText(reporting.slackModerators)
      await expect(box).toContainText(
        `We acknowledge a report ${reporting.responseTimes.acknowledgement} ` +
          `and decide what to do ${reporting.responseTimes.decision}.`
      )
      await expect(box).toContainText(
        'If the problem is with a moderator, tell a different one.'
      )
      await expect(
        box.getByRole('link', { name: 'How reporting works' })
      ).toHaveAttribute('href', '/code-of-conduct#reporting')

      // Email appears only when the config has an address; it has none yet.
      const mailto = box.locator('a[href^="mailto:"]')
      await expect(mailto).toHaveCount(reporting.email ? 1 : 0)
      if (!reporting.email) await expect(box).not.toContainText(/email/i)
    })
  }

  test('"What to include" opens from the keyboard and lists the config items', async ({
    page
  }) => {
    await page.goto('/slack-rules')
    const box = page.getByRole('region', { name: 'Report a problem' })
    const checklist = box.locator('details .ReportChecklist')
    await expect(checklist).toBeHidden()
    await box.getByText('What to include').focus()
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
    await expect(page).toHaveURL('/code-of-conduct#reporting')
    await expect(
      page.getByRole('heading', { name: 'How to report a problem' })
    ).toBeInViewport()
  })

  for (const mode of ['light', 'dark'] as const) {
    test(`with "What to include" open, axe finds nothing (${mode})`, async ({
      page
    }) => {
      await page.emulateMedia({ colorScheme: mode })
      if (mode === 'dark') await page.addInitScript(darkModeInitScript)
      await page.goto('/community')
      await page
        .getByRole('region', { name: 'Report a problem' })
        .getByText('What to include')
        .click()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test.describe('reporting in the code of conduct', () => {
  test('"Ways to report" shows the Slack routes, and email only if configured', async ({
    page
  }) => {
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

  test('"What to include", the moderator case and the response times come from the config', async ({
    page
  }) => {
    await page.goto('/code-of-conduct')
    const main = page.getByRole('main')
    await expect(main.locator('.ReportChecklist > li')).toHaveText(
      reporting.whatToInclude
    )
    await expect(
      main.getByRole('heading', {
        name: 'When the problem involves a moderator'
      })
    ).toBeVisible()
    await expect(main.locator('.ReportTimeline')).toContainText(
      `We acknowledge your report ${reporting.responseTimes.acknowledgement}.`
    )
    await expect(main.locator('.ReportTimeline')).toContainText(
      `We decide what to do ${reporting.responseTimes.decision}.`
    )
  })
})
