/**
 * Code blocks' copy buttons (.vitepress/theme/islands/code-copy.ts). Not run
 * for the fixture community, whose pages hold no code (playwright.config.ts).
 */
import { gotoHydrated } from './support/hydration'
import { expect, test } from './support/site'

test('a code block copy button copies its code', async ({
  page,
  builtSite,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await gotoHydrated(page, builtSite.rulesPagePath)
  const block = page.locator('div[class*="language-"]').first()
  const code = (await block.locator('pre').innerText()).trim()
  expect(code).not.toBe('')
  const button = block.locator('button.copy')
  await button.click()
  await expect(button).toHaveClass(/\bcopied\b/)
  expect(
    (await page.evaluate(() => navigator.clipboard.readText())).trim()
  ).toBe(code)
})
