import { expect, test } from '@playwright/test'
import { testRepository } from '../../scripts/lib/test-builds'
import { lastChanged } from './support/git'

// The test build pretends to be built by GitHub Actions for a repository
// that does not exist; see scripts/lib/test-builds.ts.
test.use({ locale: 'en-US', timezoneId: 'UTC' })

const docPages = [
  { path: '/community', file: 'docs/community.md' },
  { path: '/slack-rules', file: 'docs/slack-rules.md' },
  { path: '/code-of-conduct', file: 'docs/code-of-conduct.md' },
  { path: '/changes', file: 'docs/changes.md' },
  { path: '/accessibility', file: 'docs/accessibility.md' }
]

test.describe('edit links and last-updated dates', () => {
  for (const { path, file } of docPages) {
    test(`${path} links to its file for editing, and to the contributing guide`, async ({
      page
    }) => {
      await page.goto(path)
      const footer = page.locator('.VPDocFooter')
      await expect(
        footer.getByRole('link', { name: 'Edit this page' })
      ).toHaveAttribute(
        'href',
        `${testRepository.url}/edit/${testRepository.branch}/${file}`
      )
      await expect(
        footer.getByRole('link', { name: 'contributing guide' })
      ).toHaveAttribute(
        'href',
        `${testRepository.url}/blob/${testRepository.branch}/CONTRIBUTING.md`
      )
    })

    test(`${path} shows the date git last changed ${file}`, async ({
      page
    }) => {
      await page.goto(path)
      const changed = lastChanged(file)
      const date = page.locator('.VPLastUpdated time')
      await expect(page.locator('.VPLastUpdated')).toContainText(
        'Last updated:'
      )
      await expect(date).toHaveAttribute('datetime', changed.toISOString())
      await expect(date).toHaveText(
        new Intl.DateTimeFormat('en-US', {
          dateStyle: 'long',
          timeZone: 'UTC'
        }).format(changed)
      )
    })
  }

  test('the contributing guide link is reachable from the keyboard after the page text', async ({
    page
  }) => {
    await page.goto('/slack-rules')
    const guide = page.getByRole('link', { name: 'contributing guide' })
    await guide.focus()
    await expect(guide).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(
      page.getByRole('link', { name: 'Edit this page' })
    ).toBeFocused()
  })
})
