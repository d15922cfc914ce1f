/**
 * A rule card's Copy link and Copy reminder buttons: what they copy, from
 * the mouse and the keyboard, what a reader sees when the clipboard is
 * refused, and axe in each of those states, light and dark.
 */
import { axeViolations } from './support/axe'
import { gotoHydrated } from './support/hydration'
import { card, refuseClipboard, sampleRule } from './support/rule-cards'
import { expect, test, useMode } from './support/site'

test.describe('copying from a rule card', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('Copy link copies the permanent URL of the rule', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const article = card(page, rule.title)
    await article.getByRole('button', { name: 'Copy link' }).click()
    await expect(article.getByRole('status')).toHaveText('✓ Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      rule.url
    )
  })

  test('Copy reminder copies a polite Slack message with the short link', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const article = card(page, rule.title)
    await article.getByRole('button', { name: 'Copy reminder' }).click()
    await expect(article.getByRole('status')).toHaveText('✓ Reminder copied')
    // The wording is ours; what matters is the rule's number, title and link.
    const reminder = await page.evaluate(() => navigator.clipboard.readText())
    expect(reminder).toContain(`rule ${rule.number} `)
    expect(reminder).toContain(`*${rule.title}*`)
    expect(reminder.endsWith(`\n${rule.shortUrl}`)).toBe(true)
  })

  test('both buttons work from the keyboard', async ({ page, builtSite }) => {
    const rule = sampleRule(builtSite)
    await gotoHydrated(page, `${builtSite.rulesPagePath}#${rule.id}`)
    const article = card(page, rule.title)
    const copyLink = article.getByRole('button', { name: 'Copy link' })
    const copyReminder = article.getByRole('button', { name: 'Copy reminder' })

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
    await expect(article.getByRole('status')).toHaveText('✓ Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      rule.url
    )

    await page.keyboard.press('Tab')
    await expect(copyReminder).toBeFocused()
    await page.keyboard.press('Space')
    await expect(article.getByRole('status')).toHaveText('✓ Reminder copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      rule.shortUrl
    )
  })

  test('when the clipboard is refused, the text is shown selected to copy by hand', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await page.addInitScript(refuseClipboard)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const article = card(page, rule.title)
    await article.getByRole('button', { name: 'Copy link' }).click()

    await expect(article.getByRole('status')).toHaveText(
      'Your browser did not let us copy. The link is selected below: copy it from there.'
    )
    const field = article.getByRole('textbox', { name: 'Link to copy' })
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

  for (const mode of ['light', 'dark'] as const) {
    test(`${mode}: a highlighted card after copying`, async ({
      page,
      builtSite
    }) => {
      const rule = sampleRule(builtSite)
      await useMode(page, mode)
      await gotoHydrated(
        page,
        `${builtSite.rulesPagePath}#${rule.aliases[0] ?? rule.id}`
      )
      const article = card(page, rule.title)
      await expect(article).toHaveClass(/\bis-target\b/)
      await article.getByRole('button', { name: 'Copy link' }).click()
      await expect(article.getByRole('status')).toHaveText('✓ Link copied')
      expect(await axeViolations(page)).toEqual([])
    })

    test(`${mode}: a card showing the text to copy by hand`, async ({
      page,
      builtSite
    }) => {
      const rule = sampleRule(builtSite)
      await useMode(page, mode)
      await page.addInitScript(refuseClipboard)
      await gotoHydrated(page, builtSite.rulesPagePath)
      const article = card(page, rule.title)
      await article.getByRole('button', { name: 'Copy reminder' }).click()
      await expect(
        article.getByRole('textbox', { name: 'Reminder to copy' })
      ).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
