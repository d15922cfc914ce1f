import { expect, test } from '@playwright/test'
import { ruleIds } from './support/site'

test.describe('rule deep links', () => {
  for (const id of ruleIds) {
    test(`a cold load of /slack-rules#${id} shows the rule below the navbar`, async ({
      page
    }) => {
      await page.goto(`/slack-rules#${id}`)
      const heading = page.locator(`[id="${id}"]`)
      await expect(heading).toHaveCount(1)
      // Wait for the router's scroll to settle before measuring.
      await expect(heading).toBeInViewport({ ratio: 1 })
      await expect
        .poll(async () => {
          const navBottom = await page
            .locator('.VPNav')
            .evaluate((nav) => nav.getBoundingClientRect().bottom)
          const headingTop = await heading.evaluate(
            (element) => element.getBoundingClientRect().top
          )
          return headingTop >= navBottom
        })
        .toBe(true)
    })
  }
})
