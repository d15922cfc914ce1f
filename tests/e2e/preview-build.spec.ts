import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { previewBuild } from '../../scripts/lib/test-builds'
import { axeViolations } from './support/axe'
import { builtPagePaths, darkModeInitScript } from './support/site'

// The preview build (SITE_PREVIEW=1), served under /pr-preview/ as GitHub
// Pages serves a project site; see scripts/lib/test-builds.ts.
const base = previewBuild.base
const bannerText = 'Preview of a proposed change, not the published policy.'

function previewPagePaths(): string[] {
  const sitemap = readFileSync(`${previewBuild.outDir}/sitemap.xml`, 'utf8')
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname
  )
}

async function expectBannerAboveNav(page: Page) {
  const banner = page.getByRole('region', { name: 'Preview' })
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

test.describe('preview build', () => {
  const paths = [...previewPagePaths(), `${base}no-such-page`]

  test('its sitemap lists every page under the base path', () => {
    expect(previewPagePaths()).toEqual(
      builtPagePaths().map((path) => `${base}${path.slice(1)}`)
    )
  })

  for (const path of paths) {
    test(`${path} says it is a preview, above the navbar`, async ({ page }) => {
      await page.goto(path)
      await expectBannerAboveNav(page)
    })
  }

  test('on a phone the banner wraps and still pushes the navbar down', async ({
    page
  }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${base}slack-rules`)
    await expectBannerAboveNav(page)
    const title = page.locator('h1')
    const navBottom = await page
      .locator('.VPNav')
      .evaluate((nav) => nav.getBoundingClientRect().bottom)
    const titleTop = await title.evaluate(
      (element) => element.getBoundingClientRect().top
    )
    expect(titleTop).toBeGreaterThanOrEqual(navBottom)
  })

  test('links, assets and navigation keep the base path', async ({ page }) => {
    const failures: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400)
        failures.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(base)
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
      'href',
      `${base}favicon.svg`
    )
    await page
      .getByRole('navigation', { name: 'Main Navigation' })
      .getByRole('link', { name: 'Slack rules' })
      .click()
    await expect(page).toHaveURL(`${base}slack-rules`)
    await expect(page.locator('h1')).toHaveText('Slack rules')
    await page
      .getByRole('link', { name: 'See the changes to this policy' })
      .click()
    await expect(page).toHaveURL(`${base}changes#slack-rules`)
    await expect(page.locator('h1')).toHaveText('Changes')
    expect(failures).toEqual([])
  })

  for (const mode of ['light', 'dark'] as const) {
    test(`the banner has no WCAG 2.2 A/AA violations, ${mode} mode`, async ({
      page
    }) => {
      await page.emulateMedia({ colorScheme: mode })
      if (mode === 'dark') await page.addInitScript(darkModeInitScript)
      await page.goto(`${base}code-of-conduct`)
      await expectBannerAboveNav(page)
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test.describe('published build', () => {
  for (const path of builtPagePaths()) {
    test(`${path} has no preview banner`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.getByText(bannerText)).toHaveCount(0)
    })
  }
})
