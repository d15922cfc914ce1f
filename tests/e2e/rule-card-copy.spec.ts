/**
 * A rule card's Copy link and Copy reminder buttons: what they copy, from
 * the mouse and the keyboard, what a reader sees when the clipboard is
 * refused, and axe in each of those states, light and dark. Every word is
 * the config's (the default language's rule card texts).
 */
import type { Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { gotoHydrated } from './support/hydration'
import {
  cardTexts,
  copyControls,
  expectStatus,
  refuseClipboard,
  reminderPattern,
  sampleRule
} from './support/rule-cards'
import { expect, test, useMode } from './support/site'

const clipboardText = (page: Page) =>
  page.evaluate(() => navigator.clipboard.readText())

test.describe('copying from a rule card', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('Copy link copies the permanent URL of the rule, Copy reminder a polite Slack message with its short link', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    const texts = cardTexts(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const { copyLink, copyReminder, status } = copyControls(
      page,
      builtSite,
      rule
    )

    await copyLink.click()
    await expectStatus(status, texts.linkCopied)
    expect(await clipboardText(page)).toBe(rule.url)

    await copyReminder.click()
    await expectStatus(status, texts.reminderCopied)
    expect(await clipboardText(page)).toMatch(reminderPattern(builtSite, rule))
  })

  test('both buttons work from the keyboard', async ({ page, builtSite }) => {
    const rule = sampleRule(builtSite)
    const texts = cardTexts(builtSite)
    await gotoHydrated(page, `${builtSite.rulesPagePath}#${rule.id}`)
    const { copyLink, copyReminder, status } = copyControls(
      page,
      builtSite,
      rule
    )

    // Start at the rule's heading anchor and Tab through the card's links.
    await page.locator(`#${rule.id} .header-anchor`).focus()
    for (let presses = 0; presses < 20; presses++) {
      if (
        await copyLink.evaluate((button) => button === document.activeElement)
      )
        break
      await page.keyboard.press('Tab')
    }
    await expect(copyLink).toBeFocused()
    await expect(copyLink).toHaveCSS('outline-style', 'solid')

    await page.keyboard.press('Enter')
    await expectStatus(status, texts.linkCopied)
    expect(await clipboardText(page)).toBe(rule.url)

    await page.keyboard.press('Tab')
    await expect(copyReminder).toBeFocused()
    await page.keyboard.press('Space')
    await expectStatus(status, texts.reminderCopied)
    expect(await clipboardText(page)).toMatch(reminderPattern(builtSite, rule))
  })

  test('when the clipboard is refused, the text is shown selected to copy by hand', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    const texts = cardTexts(builtSite)
    await page.addInitScript(refuseClipboard)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const { article, copyLink, status } = copyControls(page, builtSite, rule)
    await copyLink.click()

    await expectStatus(status, texts.linkManual)
    const field = article.getByRole('textbox', {
      name: texts.linkManualLabel,
      exact: true
    })
    await expect(field).toHaveValue(rule.url)
    await expect(field).toBeFocused()
    expect(
      await field.evaluate((element: HTMLTextAreaElement) =>
        element.value.slice(element.selectionStart, element.selectionEnd)
      )
    ).toBe(rule.url)
  })
})

test.describe('rule cards in every state pass axe', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  // One visit per mode: the linked card, highlighted, copies its link; then
  // the clipboard is refused and it shows its reminder to copy by hand.
  for (const mode of ['light', 'dark'] as const) {
    test(`${mode}: a highlighted card after copying, then showing the text to copy by hand`, async ({
      page,
      builtSite
    }) => {
      const rule = sampleRule(builtSite)
      const texts = cardTexts(builtSite)
      await useMode(page, mode)
      await gotoHydrated(
        page,
        `${builtSite.rulesPagePath}#${rule.aliases[0] ?? rule.id}`
      )
      const { article, copyLink, copyReminder, status } = copyControls(
        page,
        builtSite,
        rule
      )
      await expect(article).toHaveClass(/\bis-target\b/)
      await copyLink.click()
      await expectStatus(status, texts.linkCopied)
      expect(await axeViolations(page), 'copied').toEqual([])

      await page.evaluate(refuseClipboard)
      await copyReminder.click()
      await expect(
        article.getByRole('textbox', {
          name: texts.reminderManualLabel,
          exact: true
        })
      ).toBeVisible()
      await expect(article).toHaveClass(/\bis-target\b/)
      expect(await axeViolations(page), 'copy by hand').toEqual([])
    })
  }
})
