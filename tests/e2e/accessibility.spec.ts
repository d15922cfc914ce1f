import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe'
import { builtPagePaths, darkModeInitScript } from './support/site'

const pages = [...builtPagePaths(), '/no-such-page']

for (const mode of ['light', 'dark'] as const) {
  test.describe(`axe, ${mode} mode`, () => {
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: mode })
        if (mode === 'dark') await page.addInitScript(darkModeInitScript)
        await page.goto(path)
        await expect(page.locator('html')).toHaveClass(
          mode === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/
        )
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}
