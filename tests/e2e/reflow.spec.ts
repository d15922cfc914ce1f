import { expect, test } from '@playwright/test'
import { builtPagePaths, waitForHydration } from './support/site'

const pages = [...builtPagePaths(), '/no-such-page']

// WCAG 1.4.10 Reflow: content fits 320 CSS pixels (1280px at 400% zoom)
// without scrolling sideways. Tables and code blocks may scroll inside
// themselves; the page may not.
test.describe('reflow at 320px', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const path of pages) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path)
      await waitForHydration(page)
      const overflow = await page.evaluate(() => {
        const root = document.documentElement
        const viewport = root.clientWidth
        // Name the elements that stick out, for a useful failure.
        const wide = [...document.querySelectorAll('body *')]
          .filter((element) => {
            const box = element.getBoundingClientRect()
            return box.width > 0 && box.right > viewport + 1
          })
          .filter((element) =>
            element.checkVisibility({ visibilityProperty: true })
          )
          // Content that scrolls inside its own box (a table) is allowed.
          .filter((element) => {
            for (
              let parent = element.parentElement;
              parent && parent !== document.body;
              parent = parent.parentElement
            ) {
              if (getComputedStyle(parent).overflowX !== 'visible') return false
            }
            return true
          })
          .slice(0, 5)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`
          )
        return { scrollWidth: root.scrollWidth, viewport, wide }
      })
      expect(overflow.wide, 'elements wider than the screen').toEqual([])
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport)
    })
  }
})
