import type { Locator, Page } from '@playwright/test'
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { axeViolations } from './support/axe'
import { gotoHydrated } from './support/hydration'
import {
  escapeRegExp,
  expect,
  test,
  useMode,
  viewports,
  type BuiltSite
} from './support/site'

/** The rule most tests use: the second, so that it is not at the top. */
function sampleRule({ rules }: BuiltSite) {
  return rules[1] ?? rules[0]!
}

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
  test('every rule is a card with a heading, examples and a consequence', async ({
    page,
    builtSite
  }) => {
    const { rules } = builtSite
    await gotoHydrated(page, builtSite.rulesPagePath)
    await expect(page.getByRole('article')).toHaveCount(rules.length)

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
      ).toHaveAttribute('href', /#enforcement-[a-z-]+$/)
      await expect(
        article.getByRole('button', { name: 'Copy link' })
      ).toBeVisible()
      await expect(
        article.getByRole('button', { name: 'Copy reminder' })
      ).toBeVisible()
    }
  })

  test('examples are not headings, so the outline lists only the rules', async ({
    page,
    builtSite: { rules, rulesPagePath }
  }) => {
    await gotoHydrated(page, rulesPagePath)
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
    page,
    builtSite: { rules, rulesPagePath }
  }) => {
    await gotoHydrated(page, '/')
    for (const rule of rules) {
      await page.getByRole('button', { name: 'Search' }).click()
      await page.getByRole('searchbox').fill(rule.title)
      await expect(
        page.getByRole('link', {
          name: new RegExp(` > ${escapeRegExp(rule.title)}$`)
        })
      ).toHaveAttribute('href', `${rulesPagePath}#${rule.id}`)
      await page.keyboard.press('Escape')
    }
  })

  test('following a link within the page moves the highlight', async ({
    page,
    builtSite
  }) => {
    const first = builtSite.rules[0]!
    const last = builtSite.rules.at(-1)!
    await gotoHydrated(page, `${builtSite.rulesPagePath}#${first.id}`)
    await expect(card(page, first.title)).toHaveClass(/\bis-target\b/)

    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: last.title, exact: true })
      .click()
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`))
    await expect(card(page, last.title)).toHaveClass(/\bis-target\b/)
    await expect(card(page, first.title)).not.toHaveClass(/\bis-target\b/)
    await expect(page.getByText('Linked rule')).toHaveCount(1)
  })
})

test.describe('the highlight and reduced motion', () => {
  for (const { reducedMotion, animated } of [
    { reducedMotion: 'no-preference', animated: true },
    { reducedMotion: 'reduce', animated: false }
  ] as const) {
    test(`with reduced motion "${reducedMotion}", the highlight is ${animated ? 'animated' : 'still'}`, async ({
      page,
      builtSite
    }) => {
      const rule = sampleRule(builtSite)
      await page.emulateMedia({ reducedMotion })
      await gotoHydrated(page, `${builtSite.rulesPagePath}#${rule.id}`)
      const article = card(page, rule.title)
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

test.describe('the rules page on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } })

  test('nothing scrolls sideways at 360px, even with the copy field open', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await page.addInitScript(refuseClipboard)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const hasSidewaysScroll = () =>
      page.evaluate(
        () =>
          document.documentElement.scrollWidth >
          document.documentElement.clientWidth
      )
    expect(await hasSidewaysScroll()).toBe(false)

    const article = card(page, rule.title)
    await article.getByRole('button', { name: 'Copy reminder' }).click()
    await expect(
      article.getByRole('textbox', { name: 'Reminder to copy' })
    ).toBeVisible()
    expect(await hasSidewaysScroll()).toBe(false)

    await expect(page.getByRole('article')).toHaveCount(builtSite.rules.length)
    for (const article of await page.getByRole('article').all()) {
      const box = await article.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(360)
    }
  })

  test('the copy buttons are big enough to tap', async ({
    page,
    builtSite
  }) => {
    await gotoHydrated(page, builtSite.rulesPagePath)
    const buttons = page.getByRole('article').getByRole('button', {
      name: /^Copy (link|reminder)\b/
    })
    // Two per card, so the loop below cannot pass by finding none.
    await expect(buttons).toHaveCount(2 * builtSite.rules.length)
    for (const button of await buttons.all()) {
      const box = await button.boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(24)
      expect(box!.width).toBeGreaterThanOrEqual(24)
    }
  })
})

test.describe('printing the rules', () => {
  test('prints the rules without navigation or buttons, with link URLs', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    await page.emulateMedia({ media: 'print' })

    await expect(page.locator('.VPNav')).toBeHidden()
    await expect(page.locator('.VPSidebar')).toBeHidden()
    await expect(
      page.getByRole('navigation', { name: 'On this page' })
    ).toBeHidden()
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0)

    const article = card(page, rule.title)
    await expect(article.getByText(`Permanent link: ${rule.url}`)).toBeVisible()

    // Each link's address follows it as readable text.
    for (const link of [
      page.locator('.vp-doc a[href^="https:"]:not(.header-anchor)').first(),
      article.getByRole('link', { name: /^step \d of the enforcement ladder/ })
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

    // Printed from a phone with the menu open: paper shows neither the
    // sidebar nor the backdrop that greys the page behind it.
    await page.setViewportSize(viewports.phone)
    const { theme } = defaultTexts(builtSite.community)
    await page.getByRole('button', { name: theme.sidebarMenu }).click()
    const backdrop = page.locator('.SidebarBackdrop')
    await expect(backdrop).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(backdrop).toBeHidden()
    await expect(page.locator('.VPSidebar')).toBeHidden()
    await expect(article).toBeVisible()
  })
})
