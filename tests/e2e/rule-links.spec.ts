import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, viewports, type BuiltSite } from './support/site'

/**
 * The bottom of whatever the layout pins to the top: the navbar on wide
 * screens, the "Menu / On this page" bar on phones.
 */
function pinnedBarsBottom(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('.VPNav, .VPLocalNav')]
        .filter((bar) => getComputedStyle(bar).display !== 'none')
        .map((bar) => bar.getBoundingClientRect().bottom)
    )
  )
}

/** Cold loads worth making: the first rule, the last, and one old id. */
function deepLinks({ rules }: BuiltSite) {
  const aliased = rules.find((rule) => rule.aliases.length > 0)
  return [
    { target: rules[0]!.id, rule: rules[0]! },
    { target: rules.at(-1)!.id, rule: rules.at(-1)! },
    ...(aliased ? [{ target: aliased.aliases[0]!, rule: aliased }] : [])
  ]
}

test('every rule anchor the site has published is on the rules page', async ({
  page,
  builtSite,
  site
}) => {
  const { urls } = JSON.parse(
    readFileSync(join(site.root, 'permalinks.json'), 'utf8')
  ) as { urls: string[] }
  const published = urls
    .filter((url) => url.startsWith(`${builtSite.rulesPagePath}#`))
    .map((url) => url.slice(url.indexOf('#') + 1))
  const current = builtSite.rules.flatMap((rule) => [rule.id, ...rule.aliases])
  expect(published.length).toBeGreaterThan(0)

  await page.goto(builtSite.rulesPagePath)
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[id]')].map((element) => element.id)
  )
  for (const id of new Set([...published, ...current]))
    expect(ids, `#${id}`).toContain(id)
})

for (const [device, viewport] of Object.entries(viewports)) {
  test(`a cold load of a rule's link shows and marks the rule, ${device}`, async ({
    page,
    builtSite
  }) => {
    await page.setViewportSize(viewport)
    for (const { target, rule } of deepLinks(builtSite)) {
      await test.step(`#${target}`, async () => {
        await page.goto('about:blank')
        await page.goto(`${builtSite.rulesPagePath}#${target}`)
        const article = page.getByRole('article', { name: rule.title })
        const heading = article.getByRole('heading', {
          level: 2,
          name: rule.title
        })
        // Wait for the router's scroll to settle before measuring.
        await expect(heading).toBeInViewport({ ratio: 1 })
        await expect
          .poll(async () => {
            const headingTop = await heading.evaluate(
              (element) => element.getBoundingClientRect().top
            )
            return headingTop >= (await pinnedBarsBottom(page))
          })
          .toBe(true)

        await expect(article).toHaveClass(/\bis-target\b/)
        await expect(article.getByText('Linked rule')).toBeVisible()
        await expect(page.locator('.RuleCard.is-target')).toHaveCount(1)
      })
    }
  })
}
