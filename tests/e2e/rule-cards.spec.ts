import { expect, test, type Locator, type Page } from '@playwright/test'
import { model } from './support/links'
import { axeViolations } from './support/axe'
import { darkModeInitScript, ruleIds } from './support/site'
import { gotoHydrated } from './support/hydration'

const rules = model.rules
const useThreads = rules.find((rule) => rule.id === 'use-threads')!

/** The card of a rule, found as a person would: the article named by its title. */
function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title })
}

/** Makes the Clipboard API refuse every write, as a browser may. */
function refuseClipboard(): void {
  Object.defineProperty(navigator, 'clipboard', {
    value: {
      writeText: () =>
        Promise.reject(new DOMException('Write denied', 'NotAllowedError'))
    }
  })
}

test.describe('rule cards', () => {
  test('the seven rules are cards with a heading, examples and a consequence', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules')
    await expect(page.getByRole('article')).toHaveCount(7)
    expect(rules.map((rule) => rule.id)).toEqual(ruleIds)

    for (const rule of rules) {
      const article = card(page, rule.title)
      await expect(
        article.getByRole('heading', { level: 2, name: rule.title })
      ).toHaveAttribute('id', rule.id)
      await expect(
        article.getByText(`Rule ${rule.number}`, { exact: true })
      ).toBeVisible()
      await expect(
        article.getByRole('figure', { name: 'Good example' })
      ).toBeVisible()
      await expect(
        article.getByRole('figure', { name: 'Poor example' })
      ).toBeVisible()
      await expect(article.getByText('If this rule is broken')).toBeVisible()
      await expect(
        article.getByRole('link', {
          name: /^step \d of the enforcement ladder/
        })
      ).toHaveAttribute(
        'href',
        `/code-of-conduct#enforcement-${rule.enforcement}`
      )
      await expect(
        article.getByRole('button', { name: 'Copy link' })
      ).toBeVisible()
      await expect(
        article.getByRole('button', { name: 'Copy reminder' })
      ).toBeVisible()
    }
  })

  test('examples are not headings, so the outline lists only the rules', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules')
    const outline = page.getByRole('navigation', { name: 'On this page' })
    const links = outline.getByRole('link')
    await expect(links).toHaveCount(rules.length)
    for (const rule of rules) {
      await expect(
        outline.getByRole('link', { name: rule.title, exact: true })
      ).toHaveAttribute('href', `#${rule.id}`)
    }
  })

  test('each rule is an entry of its own in the local search', async ({
    page
  }) => {
    await gotoHydrated(page, '/')
    for (const rule of rules) {
      await page.getByRole('button', { name: 'Search' }).click()
      await page.getByRole('searchbox').fill(rule.title)
      await expect(
        page.getByRole('link', {
          name: `Slack rules > ${rule.title}`,
          exact: true
        })
      ).toHaveAttribute('href', `/slack-rules#${rule.id}`)
      await page.keyboard.press('Escape')
    }
  })

  test('following a link within the page moves the highlight', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules#use-threads')
    await expect(card(page, useThreads.title)).toHaveClass(/\bis-target\b/)

    const askInPublic = rules.find((rule) => rule.id === 'ask-in-public')!
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: askInPublic.title })
      .click()
    await expect(page).toHaveURL(/#ask-in-public$/)
    await expect(card(page, askInPublic.title)).toHaveClass(/\bis-target\b/)
    await expect(card(page, useThreads.title)).not.toHaveClass(/\bis-target\b/)
    await expect(page.getByText('Linked rule')).toHaveCount(1)
  })
})

test.describe('the highlight and reduced motion', () => {
  for (const { reducedMotion, animated } of [
    { reducedMotion: 'no-preference', animated: true },
    { reducedMotion: 'reduce', animated: false }
  ] as const) {
    test(`with reduced motion "${reducedMotion}", the highlight is ${animated ? 'animated' : 'still'}`, async ({
      page
    }) => {
      await page.emulateMedia({ reducedMotion })
      await gotoHydrated(page, '/slack-rules#use-threads')
      const article = card(page, useThreads.title)
      await expect(article).toHaveClass(/\bis-target\b/)
      // The highlight itself shows either way.
      await expect(article).not.toHaveCSS('box-shadow', 'none')
      const animationName = await article.evaluate(
        (element) => getComputedStyle(element).animationName
      )
      expect(animationName !== 'none').toBe(animated)
    })
  }
})

test.describe('copying from a rule card', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('Copy link copies the permanent URL of the rule', async ({ page }) => {
    await gotoHydrated(page, '/slack-rules')
    const article = card(page, useThreads.title)
    await article.getByRole('button', { name: 'Copy link' }).click()
    await expect(article.getByRole('status')).toHaveText('✓ Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      useThreads.links.url
    )
  })

  test('Copy reminder copies a polite Slack message with the short link', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules')
    const article = card(page, useThreads.title)
    await article.getByRole('button', { name: 'Copy reminder' }).click()
    await expect(article.getByRole('status')).toHaveText('✓ Reminder copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Hi! A friendly pointer to rule 2 of our Slack rules, *Use threads for longer messages*. Thank you for keeping it in mind.\n' +
        useThreads.links.shortUrl
    )
  })

  test('both buttons work from the keyboard', async ({ page }) => {
    await gotoHydrated(page, '/slack-rules#use-threads')
    const article = card(page, useThreads.title)
    const copyLink = article.getByRole('button', { name: 'Copy link' })
    const copyReminder = article.getByRole('button', { name: 'Copy reminder' })

    // Start at the rule's heading anchor and Tab through the card's links.
    await page.locator('#use-threads .header-anchor').focus()
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
      useThreads.links.url
    )

    await page.keyboard.press('Tab')
    await expect(copyReminder).toBeFocused()
    await page.keyboard.press('Space')
    await expect(article.getByRole('status')).toHaveText('✓ Reminder copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      useThreads.links.shortUrl
    )
  })

  test('when the clipboard is refused, the text is shown selected to copy by hand', async ({
    page
  }) => {
    await page.addInitScript(refuseClipboard)
    await gotoHydrated(page, '/slack-rules')
    const article = card(page, useThreads.title)
    await article.getByRole('button', { name: 'Copy link' }).click()

    await expect(article.getByRole('status')).toHaveText(
      'Your browser did not let us copy. The link is selected below: copy it from there.'
    )
    const field = article.getByRole('textbox', { name: 'Link to copy' })
    await expect(field).toHaveValue(useThreads.links.url)
    await expect(field).toBeFocused()
    expect(
      await field.evaluate((element: HTMLTextAreaElement) =>
        element.value.slice(element.selectionStart, element.selectionEnd)
      )
    ).toBe(useThreads.links.url)
  })
})

test.describe('rule cards in every state pass axe', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  for (const mode of ['light', 'dark'] as const) {
    test(`${mode}: a highlighted card after copying`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: mode })
      if (mode === 'dark') await page.addInitScript(darkModeInitScript)
      await gotoHydrated(page, '/slack-rules#rule-2')
      const article = card(page, useThreads.title)
      await expect(article).toHaveClass(/\bis-target\b/)
      await article.getByRole('button', { name: 'Copy link' }).click()
      await expect(article.getByRole('status')).toHaveText('✓ Link copied')
      expect(await axeViolations(page)).toEqual([])
    })

    test(`${mode}: a card showing the text to copy by hand`, async ({
      page
    }) => {
      await page.emulateMedia({ colorScheme: mode })
      if (mode === 'dark') await page.addInitScript(darkModeInitScript)
      await page.addInitScript(refuseClipboard)
      await gotoHydrated(page, '/slack-rules')
      const article = card(page, useThreads.title)
      await article.getByRole('button', { name: 'Copy reminder' }).click()
      await expect(
        article.getByRole('textbox', { name: 'Reminder to copy' })
      ).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test.describe('the rules page on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } })

  test('nothing scrolls sideways at 360px, even with the copy field open', async ({
    page
  }) => {
    await page.addInitScript(refuseClipboard)
    await gotoHydrated(page, '/slack-rules')
    const hasSidewaysScroll = () =>
      page.evaluate(
        () =>
          document.documentElement.scrollWidth >
          document.documentElement.clientWidth
      )
    expect(await hasSidewaysScroll()).toBe(false)

    const article = card(page, useThreads.title)
    await article.getByRole('button', { name: 'Copy reminder' }).click()
    await expect(
      article.getByRole('textbox', { name: 'Reminder to copy' })
    ).toBeVisible()
    expect(await hasSidewaysScroll()).toBe(false)

    for (const article of await page.getByRole('article').all()) {
      const box = await article.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(360)
    }
  })

  test('the copy buttons are big enough to tap', async ({ page }) => {
    await gotoHydrated(page, '/slack-rules')
    for (const button of await page
      .getByRole('article')
      .getByRole('button', { name: /^Copy / })
      .all()) {
      const box = await button.boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(24)
      expect(box!.width).toBeGreaterThanOrEqual(24)
    }
  })
})

test.describe('printing the rules', () => {
  test('prints the rules without navigation or buttons, with link URLs', async ({
    page
  }) => {
    await gotoHydrated(page, '/slack-rules')
    await page.emulateMedia({ media: 'print' })

    await expect(page.locator('.VPNav')).toBeHidden()
    await expect(page.locator('.VPSidebar')).toBeHidden()
    await expect(
      page.getByRole('navigation', { name: 'On this page' })
    ).toBeHidden()
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0)

    const article = card(page, useThreads.title)
    await expect(
      article.getByText(`Permanent link: ${useThreads.links.url}`)
    ).toBeVisible()

    // Each link's address follows it as readable text.
    for (const link of [
      page.getByRole('link', { name: 'Stack Overflow' }),
      article.getByRole('link', { name: /^step 1 of the enforcement ladder/ })
    ]) {
      const href = await link.getAttribute('href')
      const after = await link.evaluate((element) => {
        const style = getComputedStyle(element, '::after')
        return {
          content: style.content,
          display: style.display,
          mask: style.maskImage
        }
      })
      expect(after).toEqual({
        content: `" (${href})"`,
        display: 'inline',
        mask: 'none'
      })
    }

    await page.emulateMedia({ media: 'screen' })
    await expect(page.locator('.VPNav')).toBeVisible()
    await expect(article.getByText('Permanent link:')).toBeHidden()
  })
})
