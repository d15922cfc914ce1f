import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { escapeRegExp, expect, test } from './support/site'

test.describe('navigation', () => {
  test('the home page leads to every page in the navigation, and to Slack', async ({
    page,
    builtSite
  }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Main Navigation' })
    const navLinks = nav.locator('.VPNavBarMenuLink')
    const hrefs = await navLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href'))
    )
    expect(hrefs.length).toBeGreaterThan(1)
    for (const href of hrefs) {
      expect(builtSite.pagePaths).toContain(href)
      await expect(page.locator(`.VPFeature[href="${href}"]`)).toHaveCount(1)
    }
    await expect(
      page.locator(`.VPHero a[href="${builtSite.community.slack.inviteUrl}"]`)
    ).toHaveCount(1)

    for (const [index, href] of hrefs.entries()) {
      const label = (await navLinks.nth(index).innerText()).trim()
      await navLinks.nth(index).click()
      await expect(page).toHaveURL(href!)
      await expect(page.locator('h1')).toHaveCount(1)
      // The label is the page's title, which the tab shows too.
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(label)} \\|`))
    }
  })

  test('an unknown URL gets the 404 page with a way back', async ({
    page,
    builtSite
  }) => {
    const { theme } = defaultTexts(builtSite.community)
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      theme.notFoundTitle
    )
    await page.getByRole('link', { name: theme.notFoundLink }).click()
    await expect(page).toHaveURL('/')
  })

  test('clean URLs: the sidebar links every page without .html, below one navbar line', async ({
    page,
    builtSite
  }) => {
    await page.goto(builtSite.rulesPagePath)
    // The navbar's border, and no second line under the site's name.
    await expect(page.locator('.VPNavBarTitle .title')).toHaveCSS(
      'border-bottom-color',
      'rgba(0, 0, 0, 0)'
    )
    const hrefs = await page
      .locator('.VPSidebar a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(1)
    for (const href of hrefs) expect(builtSite.pagePaths).toContain(href)
  })
})
