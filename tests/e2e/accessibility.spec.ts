import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe'
import { builtPagePaths, darkModeInitScript, viewports } from './support/site'

const pages = [...builtPagePaths(), '/no-such-page']

// Every page, in both colour modes, at phone and laptop width: the layouts
// differ (menu, sidebar, outline), and so do the colours.
for (const mode of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`axe, ${mode} mode, ${device} (${viewport.width}px)`, () => {
      test.use({ viewport })
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
}
