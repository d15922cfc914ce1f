/**
 * `npm run dev`: VitePress's dev server runs the site as an SPA, which loads
 * no `<script client>`, so the theme starts the islands itself there
 * (.vitepress/theme/dev-islands.ts), and the social icons get the rules
 * that only the build writes otherwise (.vitepress/build/social-icons.ts).
 * One visit of the rules page checks what a maintainer meets, and a move to
 * another page and back checks that the islands start again, once.
 *
 * Runs in the `dev` project, which starts the dev server (support/dev-server.ts).
 */
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { startDevServer, type DevServer } from './support/dev-server'
import { waitForHydration } from './support/hydration'
import { expect, test as siteTest } from './support/site'

const test = siteTest.extend<object, { devServer: DevServer }>({
  devServer: [
    async ({ site }, use) => {
      const server = await startDevServer(site.root)
      await use(server)
      await server.close()
    },
    { scope: 'worker', timeout: 120_000 }
  ],
  baseURL: async ({ devServer }, use) => use(devServer.url)
})

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('in dev, the rules page has its islands, search and social icons', async ({
  page,
  builtSite
}) => {
  const { community, rules, rulesPagePath } = builtSite
  const texts = defaultTexts(community)
  const rule = rules[1] ?? rules[0]!
  const card = page.getByRole('article', { name: rule.title })
  const isDark = () =>
    page.evaluate(() => document.documentElement.classList.contains('dark'))

  await page.goto(`${rulesPagePath}#${rule.id}`)
  await waitForHydration(page)

  // The social icons are painted through a mask of their SVG, not a square.
  const icons = page.locator('.VPNavBarSocialLinks [class^="vpi-social-"]')
  expect(await icons.count()).toBeGreaterThan(0)
  for (const icon of await icons.all()) {
    const mask = await icon.evaluate((span) => getComputedStyle(span).maskImage)
    expect(mask).toMatch(/^url\("data:image\/svg\+xml,/)
    const box = await icon.boundingBox()
    expect(box?.width).toBeGreaterThan(0)
  }

  // The linked rule is marked.
  await expect(card).toHaveClass(/\bis-target\b/)
  await expect(card.getByText(texts.ruleCard.linkedRule)).toBeVisible()

  // `/` opens one search box (the app's own, in dev), Escape closes it.
  await page.keyboard.press('/')
  const search = page.getByRole('searchbox')
  await expect(search).toHaveCount(1)
  await expect(search).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(search).toHaveCount(0)

  // Copy link writes the rule's permanent URL.
  await card.getByRole('button', { name: texts.ruleCard.copyLink }).click()
  await expect(card.getByRole('status')).toContainText(
    texts.ruleCard.linkCopied
  )
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    rule.url
  )

  // To another page and back, in the app: the islands start again on the
  // page's new elements, once each, so the switch flips the page once.
  const navLinks = page.locator('.VPNavBarMenu a')
  const paths = await navLinks.evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).pathname)
  )
  const other = paths.findIndex((path) => path !== rulesPagePath)
  expect(other).toBeGreaterThanOrEqual(0)
  await navLinks.nth(other).click()
  await expect(page).toHaveURL((url) => url.pathname === paths[other])
  await page.goBack()
  await expect(card).toHaveClass(/\bis-target\b/)
  const dark = await isDark()
  await page.getByRole('switch').first().click()
  expect(await isDark()).toBe(!dark)
})
