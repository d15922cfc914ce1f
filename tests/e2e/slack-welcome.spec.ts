import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { gotoHydrated } from './support/hydration'
import { expect, test, type SiteOptions } from './support/site'

/** The welcome message as the build publishes it for bots. */
function builtMessage(site: SiteOptions): { text: string; blocks: unknown[] } {
  return JSON.parse(
    readFileSync(join(site.root, site.outDir, 'slack/welcome.json'), 'utf8')
  ) as { text: string; blocks: unknown[] }
}

test.describe('the Slack welcome message page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('is linked from the rules page, out of the main navigation', async ({
    page,
    builtSite
  }) => {
    await gotoHydrated(page, builtSite.rulesPagePath)
    await expect(
      page
        .getByRole('navigation', { name: 'Main Navigation' })
        .locator('a[href$="slack-welcome"]')
    ).toHaveCount(0)
    await page.getByRole('main').locator('a[href$="slack-welcome"]').click()
    await expect(page).toHaveURL('/slack-welcome')
    await expect(page.locator('.CopyableText').first()).toBeVisible()
  })

  test('shows the message and copies it exactly, from the keyboard', async ({
    page,
    site
  }) => {
    const message = builtMessage(site)
    await gotoHydrated(page, '/slack-welcome')
    await expect(page.locator('.CopyableText pre').first()).toHaveText(
      message.text
    )
    const { copyText } = englishTexts
    const button = page.getByRole('button', { name: copyText.mrkdwnCopy })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').first()).toHaveText(copyText.copied)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      message.text
    )
  })

  test('copies the Block Kit JSON', async ({ page, site }) => {
    await gotoHydrated(page, '/slack-welcome')
    await page.getByRole('button', { name: 'Copy the JSON' }).click()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(JSON.parse(copied)).toEqual(builtMessage(site))
  })

  test('the published message links every rule by its permanent short link', async ({
    site,
    builtSite
  }) => {
    const { text, blocks } = builtMessage(site)
    expect(blocks.length).toBeGreaterThan(0)
    for (const rule of builtSite.rules)
      expect(text).toContain(`<${rule.shortUrl}|`)
  })
})

test('/rules.json lists every rule with its absolute URLs', async ({
  request,
  builtSite
}) => {
  const response = await request.get('/rules.json')
  expect(response.headers()['content-type']).toContain('application/json')
  const { rules } = (await response.json()) as {
    rules: { id: string; url: string; shortUrl: string }[]
  }
  expect(rules.length).toBeGreaterThan(0)
  for (const rule of rules) {
    expect(rule.url).toBe(
      `${builtSite.siteUrl}${builtSite.rulesPagePath}#${rule.id}`
    )
    expect(rule.shortUrl).toBe(`${builtSite.siteUrl}/r/${rule.id}`)
  }
})
