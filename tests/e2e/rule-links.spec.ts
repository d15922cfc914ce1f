import { expect, test, type Page } from '@playwright/test'
import { model } from './support/links'
import { ruleIds } from './support/site'

/** Every id a link may use: each rule's id, then its former ids. */
const linkTargets = model.rules.flatMap((rule) =>
  [rule.id, ...rule.aliases].map((target) => ({ target, rule }))
)

/** The bottom of whatever the layout pins to the top: the navbar on wide
 * screens, the "Menu / On this page" bar on phones. */
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

test('every published rule id is still on the page', () => {
  const ids = new Set(linkTargets.map(({ target }) => target))
  for (const id of ruleIds) expect(ids).toContain(id)
})

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 780 }
]) {
  test.describe(`rule deep links, ${viewport.name}`, () => {
    test.use({ viewport })

    for (const { target, rule } of linkTargets) {
      test(`a cold load of /slack-rules#${target} shows and marks "${rule.title}"`, async ({
        page
      }) => {
        await page.goto(`/slack-rules#${target}`)
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
