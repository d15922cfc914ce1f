/**
 * The rules page's cards as a reader meets them: headings, examples and
 * consequence, the outline and search, the linked rule's highlight, a
 * phone's width, and paper. Their copy buttons are in rule-card-copy.spec.ts.
 */
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { fill } from '../../.vitepress/i18n/texts'
import { gotoHydrated } from './support/hydration'
import {
  card,
  cardTexts,
  copyControls,
  refuseClipboard,
  sampleRule
} from './support/rule-cards'
import {
  escapeRegExp,
  expect,
  test,
  textPattern,
  viewports,
  type BuiltSite
} from './support/site'

/** A rule's link to its step of the enforcement ladder, by the config's words. */
const stepLinkName = (site: BuiltSite) =>
  new RegExp(`^${textPattern(cardTexts(site).enforcementStep)}$`)

test.describe('rule cards', () => {
  test('every rule is a card with a heading, examples and a consequence', async ({
    page,
    builtSite
  }) => {
    const { rules } = builtSite
    const texts = cardTexts(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    await expect(page.getByRole('article')).toHaveCount(rules.length)

    for (const rule of rules) {
      const { article, copyLink, copyReminder } = copyControls(
        page,
        builtSite,
        rule
      )
      await expect(
        article.getByRole('heading', { level: 2, name: rule.title })
      ).toHaveAttribute('id', rule.id)
      await expect(
        article.getByText(fill(texts.ruleNumber, { number: rule.number }), {
          exact: true
        })
      ).toBeVisible()
      await expect(
        article.getByRole('figure', { name: texts.goodExample, exact: true })
      ).toBeVisible()
      await expect(
        article.getByRole('figure', { name: texts.poorExample, exact: true })
      ).toBeVisible()
      await expect(
        article.getByText(texts.consequence, { exact: true })
      ).toBeVisible()
      await expect(
        article.getByRole('link', { name: stepLinkName(builtSite) })
      ).toHaveAttribute('href', /#enforcement-[a-z-]+$/)
      await expect(copyLink).toBeVisible()
      await expect(copyReminder).toBeVisible()
    }
  })

  test('examples are not headings, so the outline lists only the rules', async ({
    page,
    builtSite: { community, rules, rulesPagePath }
  }) => {
    await gotoHydrated(page, rulesPagePath)
    const outline = page.getByRole('navigation', {
      name: defaultTexts(community).theme.outline,
      exact: true
    })
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
    builtSite: { community, rules, rulesPagePath }
  }) => {
    const search = defaultTexts(community).theme.search
    await gotoHydrated(page, '/')
    for (const rule of rules) {
      await page.getByRole('button', { name: search }).click()
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
      .getByRole('navigation', {
        name: defaultTexts(builtSite.community).theme.outline,
        exact: true
      })
      .getByRole('link', { name: last.title, exact: true })
      .click()
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`))
    await expect(card(page, last.title)).toHaveClass(/\bis-target\b/)
    await expect(card(page, first.title)).not.toHaveClass(/\bis-target\b/)
    await expect(
      page.getByText(cardTexts(builtSite).linkedRule, { exact: true })
    ).toHaveCount(1)
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

    const { article, copyReminder } = copyControls(page, builtSite, rule)
    await copyReminder.click()
    await expect(
      article.getByRole('textbox', {
        name: cardTexts(builtSite).reminderManualLabel,
        exact: true
      })
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
    const texts = cardTexts(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const buttons = page.getByRole('article').getByRole('button', {
      name: new RegExp(
        `^(${escapeRegExp(texts.copyLink)}|${escapeRegExp(texts.copyReminder)}) `
      )
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
    const { theme } = defaultTexts(builtSite.community)
    const texts = cardTexts(builtSite)
    await gotoHydrated(page, builtSite.rulesPagePath)
    const { article, copyLink, copyReminder } = copyControls(
      page,
      builtSite,
      rule
    )
    // Found on screen first, so that their absence on paper means something.
    await expect(copyLink).toBeVisible()
    await expect(copyReminder).toBeVisible()
    const buttons = page.locator('.vp-doc').getByRole('button')
    expect(await buttons.count()).toBeGreaterThanOrEqual(
      2 * builtSite.rules.length
    )
    await page.emulateMedia({ media: 'print' })

    await expect(page.locator('.VPNav')).toBeHidden()
    await expect(page.locator('.VPSidebar')).toBeHidden()
    await expect(
      page.getByRole('navigation', { name: theme.outline, exact: true })
    ).toBeHidden()
    await expect(copyLink).toHaveCount(0)
    await expect(copyReminder).toHaveCount(0)
    await expect(buttons).toHaveCount(0)

    const permanentLink = article.getByText(
      fill(texts.permanentLink, { url: rule.url }),
      { exact: true }
    )
    await expect(permanentLink).toBeVisible()

    // Each link's address follows it as readable text.
    for (const link of [
      page.locator('.vp-doc a[href^="https:"]:not(.header-anchor)').first(),
      article.getByRole('link', { name: stepLinkName(builtSite) })
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
    await expect(permanentLink).toBeHidden()

    // Printed from a phone with the menu open: paper shows neither the
    // sidebar nor the backdrop that greys the page behind it.
    await page.setViewportSize(viewports.phone)
    await page.getByRole('button', { name: theme.sidebarMenu }).click()
    const backdrop = page.locator('.SidebarBackdrop')
    await expect(backdrop).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(backdrop).toBeHidden()
    await expect(page.locator('.VPSidebar')).toBeHidden()
    await expect(article).toBeVisible()
  })
})
