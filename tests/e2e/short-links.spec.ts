/**
 * Short links (/r/<number>, /r/<id>, /r/<alias>) and redirects of old URLs,
 * followed as a reader does. Every one of them is also visited still, with
 * axe and the other page checks, by every-url.spec.ts.
 */
import { holdForwardingPage } from './support/forwarding'
import { expect, test, type BuiltSite } from './support/site'

function sampleRule({ rules }: BuiltSite) {
  return rules.find((rule) => rule.aliases.length > 0) ?? rules[0]!
}

test("a rule's number, id and alias links all land on the rule", async ({
  page,
  builtSite
}) => {
  const rule = sampleRule(builtSite)
  const target = builtSite.localPath(rule.url)
  const links = [
    `/r/${rule.number}`,
    builtSite.localPath(rule.shortUrl),
    ...rule.aliases.map((alias) => `/r/${alias}`)
  ]
  expect(new Set(links).size).toBe(links.length)
  for (const path of links) {
    await test.step(path, async () => {
      await page.goto(path)
      await expect(page).toHaveURL(target)
      await expect(
        page.getByRole('heading', { level: 2, name: rule.title })
      ).toBeInViewport()
    })
  }
})

test('a short link unfurls as its rule, with the community name', async ({
  request,
  builtSite
}) => {
  const rule = sampleRule(builtSite)
  const html = await (await request.get(`/r/${rule.number}`)).text()
  const meta = (property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
  expect(meta('og:title')).toContain(rule.title.replace(/&/g, '&amp;'))
  expect(meta('og:url')).toBe(rule.shortUrl)
  expect(meta('og:site_name')).toContain(builtSite.community.name)
  expect(html).toContain(`<link rel="canonical" href="${rule.url}">`)
})

test('Back returns to the page before the short link, not to it', async ({
  page,
  builtSite
}) => {
  const rule = sampleRule(builtSite)
  await page.goto('/')
  await page.goto(`/r/${rule.number}`)
  await expect(page).toHaveURL(builtSite.localPath(rule.url))
  await page.goBack()
  await expect(page).toHaveURL('/')
})

test('every redirect, and each old #anchor it knows, lands on its new page', async ({
  page,
  builtSite
}) => {
  expect(builtSite.redirects.length).toBeGreaterThan(0)
  for (const { from, to } of builtSite.redirects) {
    // The old page's anchors, as its forwarding page maps them.
    const html = await (await page.request.get(from)).text()
    const anchors = JSON.parse(
      (/data-anchors="([^"]*)"/.exec(html)?.[1] ?? '{}').replace(/&quot;/g, '"')
    ) as Record<string, string>
    for (const [old, target] of [
      ['', to],
      ...Object.entries(anchors).map(([anchor, target]) => [
        `#${anchor}`,
        target
      ])
    ]) {
      await test.step(`${from}${old}`, async () => {
        await page.goto('about:blank')
        await page.goto(`${from}${old}`)
        await expect(page).toHaveURL(target!)
        await expect(page.locator('h1')).toHaveCount(1)
      })
    }
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the meta refresh of a short link lands on the rule', async ({
    page,
    builtSite
  }) => {
    const rule = sampleRule(builtSite)
    await page.goto(builtSite.localPath(rule.shortUrl))
    await expect(page).toHaveURL(builtSite.localPath(rule.url))
    await expect(
      page.getByRole('heading', { level: 2, name: rule.title })
    ).toBeVisible()
  })
})

test("a forwarding page's own link is reachable from the keyboard", async ({
  page,
  builtSite
}) => {
  const rule = sampleRule(builtSite)
  const path = builtSite.localPath(rule.shortUrl)
  // Held still, so the page stays to be used.
  await holdForwardingPage(page, path)
  await page.goto(path)
  await page.keyboard.press('Tab')
  const link = page.locator(`a[href="${builtSite.localPath(rule.url)}"]`)
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(builtSite.localPath(rule.url))
})
