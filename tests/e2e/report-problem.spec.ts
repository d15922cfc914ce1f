/**
 * Reporting a problem: the box on every page (every-url.spec.ts checks it
 * and its routes on every page), its "What to include" list and axe with it
 * open, and the code of conduct's reporting section it leads to. Every word
 * is the config's.
 */
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { fill } from '../../.vitepress/i18n/texts'
import { axeViolations } from './support/axe'
import { expect, test, useMode } from './support/site'

test.describe('the "Report a problem" box', () => {
  for (const mode of ['light', 'dark'] as const) {
    const how = mode === 'light' ? 'from the keyboard' : 'on a click'
    test(`"What to include" opens ${how}, lists the config items, and axe finds nothing (${mode})`, async ({
      page,
      builtSite: { community }
    }) => {
      const { reportBox } = defaultTexts(community)
      await useMode(page, mode)
      await page.goto('/')
      const box = page.getByRole('region', {
        name: reportBox.title,
        exact: true
      })
      const checklist = box.locator('details .ReportChecklist')
      const summary = box.getByText(reportBox.whatToInclude, { exact: true })
      await expect(checklist).toBeHidden()
      if (mode === 'light') {
        await summary.focus()
        await page.keyboard.press('Enter')
      } else {
        await summary.click()
      }
      await expect(checklist).toBeVisible()
      await expect(checklist.getByRole('listitem')).toHaveText(
        community.reporting.whatToInclude
      )
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test('"How reporting works" leads to the code of conduct, whose routes, checklist and response times come from the config', async ({
  page,
  builtSite: { community }
}) => {
  const { reporting } = community
  const { reportBox, reportPage, theme } = defaultTexts(community)
  await page.goto('/')
  await page
    .getByRole('region', { name: reportBox.title, exact: true })
    .getByRole('link', { name: reportBox.guideLink, exact: true })
    .click()
  await expect(page).toHaveURL(/#reporting$/)
  await expect(page.locator('#reporting')).toBeInViewport()

  // The Slack routes, and email only if configured.
  await expect(page.locator('.ReportRoutes > li > strong')).toHaveText([
    ...(reporting.slackReportMessage ? [reportPage.slackReportTitle] : []),
    reportPage.directMessageTitle,
    ...(reporting.email ? [reportPage.emailTitle] : [])
  ])
  const slackName = fill(reportBox.slackName, { community: community.name })
  const slack = page.locator('.ReportRoutes').getByRole('link', {
    name: `${slackName} ${theme.externalSite}`,
    exact: true
  })
  await expect(slack).toHaveAttribute('href', community.slack.inviteUrl)
  await expect(slack).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(
    reporting.email ? 1 : 0
  )

  const main = page.getByRole('main')
  await expect(main.locator('.ReportChecklist > li')).toHaveText(
    reporting.whatToInclude
  )
  const timeline = main.locator('.ReportTimeline')
  await expect(timeline).toContainText(
    fill(reportPage.acknowledgeTitle, reporting.responseTimes)
  )
  await expect(timeline).toContainText(
    fill(reportPage.decideTitle, reporting.responseTimes)
  )
})
