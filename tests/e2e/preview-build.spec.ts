/**
 * The preview build (SITE_PREVIEW=1), served under /pr-preview/ as GitHub
 * Pages serves a project site; see scripts/lib/test-builds.ts. The fixture
 * community has no preview build, so its project skips this file.
 */
import type { Page } from '@playwright/test'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { previewBuild } from '../../scripts/lib/test-builds'
import { axeViolations } from './support/axe'
import { expect, readBuiltSite, test, useMode } from './support/site'

const base = previewBuild.base
// Our own site, in English.
const { preview, previewBanner } = englishTexts.theme
const bannerText = fill(previewBanner, { preview })

async function expectBannerAboveNav(page: Page) {
  const banner = page.getByRole('region', { name: preview })
  await expect(banner).toHaveText(bannerText)
  await expect(banner).toBeInViewport()
  // The measured height moves the fixed navbar below the banner.
  await expect
    .poll(async () => {
      const bannerBottom = await banner.evaluate(
        (element) => element.getBoundingClientRect().bottom
      )
      const navTop = await page
        .locator('.VPNav')
        .evaluate((nav) => nav.getBoundingClientRect().top)
      return Math.abs(navTop - bannerBottom) <= 1
    })
    .toBe(true)
}

test('its sitemap lists every page under the base path', async ({
  builtSite,
  site
}) => {
  const preview = await readBuiltSite({ ...site, outDir: previewBuild.outDir })
  expect(preview.pagePaths).toEqual(
    builtSite.pagePaths.map((path) => `${base}${path.slice(1)}`)
  )
})

test('every page says it is a preview, above the navbar', async ({
  page,
  site
}) => {
  const preview = await readBuiltSite({ ...site, outDir: previewBuild.outDir })
  for (const path of [...preview.pagePaths, preview.notFoundPath]) {
    await test.step(path, async () => {
      await page.goto(path)
      await expectBannerAboveNav(page)
    })
  }
})

test('on a phone the banner wraps and still pushes the navbar down', async ({
  page,
  builtSite
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`${base}${builtSite.rulesPagePath.slice(1)}`)
  await expectBannerAboveNav(page)
  const navBottom = await page
    .locator('.VPNav')
    .evaluate((nav) => nav.getBoundingClientRect().bottom)
  const titleTop = await page
    .locator('h1')
    .evaluate((element) => element.getBoundingClientRect().top)
  expect(titleTop).toBeGreaterThanOrEqual(navBottom)
})

test('links, assets, short links and redirects keep the base path', async ({
  page,
  builtSite
}) => {
  const failures: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400)
      failures.push(`${response.status()} ${response.url()}`)
  })
  const rulesPage = `${base}${builtSite.rulesPagePath.slice(1)}`
  await page.goto(base)
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
    'href',
    `${base}favicon.svg`
  )
  await page
    .getByRole('navigation', { name: 'Main Navigation' })
    .locator(`a[href="${rulesPage}"]`)
    .click()
  await expect(page).toHaveURL(rulesPage)
  await page
    .getByRole('link', { name: 'See the changes to this policy' })
    .click()
  await expect(page).toHaveURL(new RegExp(`^[^#]*${base}changes#`))

  const rule = builtSite.rules[0]!
  await page.goto(`${base}r/${rule.number}`)
  await expect(page).toHaveURL(`${rulesPage}#${rule.id}`)
  await expect(
    page.getByRole('heading', { level: 2, name: rule.title })
  ).toBeInViewport()

  const redirect = builtSite.redirects[0]!
  await page.goto(`${base}${redirect.from.slice(1)}`)
  await expect(page).toHaveURL(`${base}${redirect.to.slice(1)}`)
  expect(failures).toEqual([])
})

for (const mode of ['light', 'dark'] as const) {
  test(`the banner has no WCAG 2.2 A/AA violations, ${mode} mode`, async ({
    page
  }) => {
    await useMode(page, mode)
    await page.goto(`${base}code-of-conduct`)
    await expectBannerAboveNav(page)
    expect(await axeViolations(page)).toEqual([])
  })
}
