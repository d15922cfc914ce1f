import { expect, test } from '@playwright/test'
import { community } from '../../.vitepress/community'
import { model } from './support/links'
import { welcomeMessage } from '../../.vitepress/slack/welcome-message'
import { gotoHydrated } from './support/hydration'

const message = welcomeMessage({ community, model })

test.describe('the Slack welcome message page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('is linked from the Slack rules, out of the main navigation', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules')
    await expect(
      page
        .getByRole('navigation', { name: 'Main Navigation' })
        .getByRole('link', { name: 'Slack welcome message' })
    ).toHaveCount(0)
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Slack welcome message' })
      .click()
    await expect(page).toHaveURL('/slack-welcome')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Slack welcome message'
    )
  })

  test('shows the message and copies it exactly, from the keyboard', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-welcome')
    await expect(page.locator('.CopyableText pre').first()).toHaveText(
      message.text
    )
    const button = page.getByRole('button', { name: 'Copy the mrkdwn text' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').first()).toHaveText(
      'Copied to the clipboard.'
    )
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      message.text
    )
  })

  test('copies the Block Kit JSON', async ({ page }) => {
    await gotoHydrated(page, '/slack-welcome')
    await page.getByRole('button', { name: 'Copy the JSON' }).click()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(JSON.parse(copied)).toEqual({
      text: message.text,
      blocks: message.blocks
    })
  })
})
