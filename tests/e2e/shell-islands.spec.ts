/**
 * The theme's shell in MPA mode: pages load no Vue app, search loads on
 * first use, the menus work without JavaScript, and the default theme's
 * other moving parts (the outline's active link, code copy buttons) work
 * as islands (.vitepress/theme/islands/). Code copy buttons are in
 * code-copy.spec.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { gotoHydrated } from './support/hydration'
import { outlineMenuToggle, phoneMenuToggle } from './support/menus'
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { expect, test, viewports } from './support/site'

/** The `.js` files the page has requested so far, by path. */
function scriptRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (pathname.endsWith('.js') || pathname.endsWith('.json'))
      paths.push(pathname)
  })
  return paths
}

test('no page loads a Vue app: one module of islands, no Vue runtime', async ({
  builtSite,
  site
}) => {
  // A local path, base included, as the file in the build output.
  const base = new URL(`${builtSite.siteUrl}/`).pathname
  const built = (path: string) =>
    readFileSync(join(site.root, site.outDir, path.slice(base.length)), 'utf8')
  const modules = new Set<string>()
  for (const path of builtSite.pagePaths) {
    const html = built(
      path.endsWith('/') ? `${path}index.html` : `${path}.html`
    )
    const sources = [
      ...html.matchAll(/<script type="module" src="([^"]+)"/g)
    ].map((match) => match[1]!)
    expect(sources, path).toHaveLength(1)
    expect(html, path).not.toContain('rel="modulepreload"')
    expect(html, path).not.toContain('__VP_SITE_DATA__')
    modules.add(sources[0]!)
  }
  expect(modules.size).toBe(1)
  const [module] = [...modules]
  const code = built(module!)
  // Vue's runtime marks the window for its devtools whenever it renders.
  expect(code).not.toContain('__VUE__')
})

test('the rules page mounts no app, and search loads only on first use', async ({
  page,
  builtSite
}) => {
  const requested = scriptRequests(page)
  await gotoHydrated(page, builtSite.rulesPagePath)
  expect(
    await page.evaluate(() => ({
      vue: '__VUE__' in window,
      app: document.querySelector('[data-v-app]') !== null
    }))
  ).toEqual({ vue: false, app: false })
  expect(requested.filter((path) => /search/.test(path))).toEqual([])

  // The `/` shortcut opens it, with the reader's focus in the box.
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox')
  await expect(box).toBeFocused()
  expect(requested.filter((path) => /search-index\//.test(path))).toHaveLength(
    1
  )
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()

  // Ctrl-K opens it again; the rule's title finds the rule.
  await page.keyboard.press('Control+k')
  await expect(box).toBeFocused()
  const rule = builtSite.rules[0]!
  await box.fill(rule.title)
  await expect(
    page.locator(`.VPLocalSearchBox .result[href$="#${rule.id}"]`)
  ).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
  expect(requested.filter((path) => /search-index\//.test(path))).toHaveLength(
    1
  )
})

test('a first click on Search opens it at once', async ({
  page,
  builtSite
}) => {
  await page.goto('/')
  await page
    .getByRole('button', {
      name: defaultTexts(builtSite.community).theme.search
    })
    .click()
  await expect(page.getByRole('searchbox')).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the phone menu and "On this page" open, and their links work', async ({
    page,
    builtSite
  }) => {
    await page.setViewportSize(viewports.phone)
    await page.goto(builtSite.rulesPagePath)
    const screen = page.locator('#VPNavScreen')
    await expect(screen).toBeHidden()
    await phoneMenuToggle(page).click()
    await expect(screen).toBeVisible()
    await expect(screen.getByRole('link').first()).toBeVisible()
    await phoneMenuToggle(page).click()
    await expect(screen).toBeHidden()

    const label = builtSite.community.lang.startsWith('en')
      ? 'On this page'
      : undefined
    const toggle = label
      ? outlineMenuToggle(page, label)
      : page.locator('.OutlineMenu summary')
    await toggle.click()
    const rule = builtSite.rules.at(-1)!
    const link = page
      .locator('.OutlineMenu')
      .getByRole('link', { name: rule.title, exact: true })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(new RegExp(`#${rule.id}$`))
    await expect(page.locator(`[id="${rule.id}"]`)).toBeInViewport()
  })
})

test('the outline marks the section being read', async ({
  page,
  builtSite
}) => {
  await page.setViewportSize(viewports.desktop)
  await gotoHydrated(page, builtSite.rulesPagePath)
  const outline = page.locator('.VPDocAsideOutline')
  await expect(outline.locator('a.active')).toHaveCount(0)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  const last = builtSite.rules.at(-1)!
  await expect(outline.locator('a.active')).toHaveAttribute(
    'href',
    `#${last.id}`
  )
})
