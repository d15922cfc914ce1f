import type { Page } from '@playwright/test'
import type { Resource } from '../../.vitepress/community/types'
import { localeTexts } from '../../.vitepress/i18n/locale-texts'
import { expect, test } from './support/site'

/** The accessible name of a resource's link: its title, and what it does. */
function linkName(resource: Resource): string {
  return resource.newTab
    ? `${resource.title} (opens in a new tab) (external site)`
    : `${resource.title} (external site)`
}

/** The resource's card in the page content, found by its link's name. */
function resourceCard(page: Page, resource: Resource) {
  // In the content only: the "Report a problem" box links to Slack too.
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({
      has: page.getByRole('link', { name: linkName(resource), exact: true })
    })
}

/** Answers requests to an external resource locally: the tests have no network. */
async function stubExternalPage(page: Page, url: string): Promise<void> {
  await page.route(
    (requested) => requested.href === url,
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>External page</title>'
      })
  )
}

const groups = [
  { heading: 'before-you-ask', group: 'before-you-ask' },
  { heading: 'talk-to-us', group: 'talk-to-us' }
] as const

test.describe('resource links on the community guide', () => {
  for (const { heading, group } of groups) {
    test(`"#${heading}" lists the ${group} resources of the config, in order`, async ({
      page,
      builtSite: { community }
    }) => {
      await page.goto('/community')
      const list = page.locator(`h2[id="${heading}"] ~ ul.ResourceLinkList`)
      const expected = community.resources.filter((r) => r.group === group)
      expect(expected.length).toBeGreaterThan(0)
      await expect(list.first().getByRole('link')).toHaveText(
        expected.map((resource) => linkName(resource))
      )
    })
  }

  test('each resource: href, rel, target, accessible name and kind', async ({
    page,
    builtSite: { community }
  }) => {
    await page.goto('/community')
    for (const resource of community.resources) {
      const item = resourceCard(page, resource)
      await expect(item).toHaveCount(1)
      // Only the title is a link, so its name is short.
      const link = item.getByRole('link')
      await expect(link).toHaveCount(1)
      await expect(link).toHaveAttribute('href', resource.url)
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      if (resource.newTab)
        await expect(link).toHaveAttribute('target', '_blank')
      else await expect(link).not.toHaveAttribute('target')

      // The kind is written out next to the link, not told by colour or icon.
      await expect(item.locator('.kind')).toHaveText(
        localeTexts(community, 'root').resourceKinds[resource.kind]
      )
      await expect(item).toContainText(resource.description)
    }
  })

  test('the whole card follows the link, though only the title is a link', async ({
    page,
    builtSite: { community }
  }) => {
    const resource = community.resources.find((r) => !r.newTab)!
    await stubExternalPage(page, resource.url)
    await page.goto('/community')
    const item = resourceCard(page, resource)
    await expect(item.getByRole('link')).toHaveCount(1)

    // A click on the description, away from the title, follows the link.
    // The point is taken once the title link is what lies under it, so a
    // scroll or layout still settling after load cannot move the target.
    const description = item.locator('.description')
    await description.scrollIntoViewIfNeeded()
    let point = { x: 0, y: 0 }
    await expect
      .poll(async () => {
        const hit = await description.evaluate((element) => {
          const box = element.getBoundingClientRect()
          const x = box.x + box.width / 2
          const y = box.y + box.height / 2
          const link = document.elementFromPoint(x, y)?.closest('a')
          return { x, y, href: link?.href ?? null }
        })
        point = hit
        return hit.href
      })
      .toBe(resource.url)
    await page.mouse.click(point.x, point.y)
    await expect(page).toHaveURL(resource.url)
    await expect(page).toHaveTitle('External page')
  })

  test('a resource link is reached and followed with the keyboard', async ({
    page,
    builtSite: { community }
  }) => {
    const resource = community.resources.find((r) => !r.newTab)!
    await stubExternalPage(page, resource.url)
    await page.goto('/community')
    const link = resourceCard(page, resource).getByRole('link')
    await link.focus()
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(resource.url)
  })
})
