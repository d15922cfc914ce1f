import { expect, test } from '@playwright/test'
import { createHash } from 'node:crypto'
import { testRepository } from '../../scripts/lib/test-builds'
import { commitsOf } from './support/git'

test.use({ locale: 'en-US', timezoneId: 'UTC' })

// What the policy pages' frontmatter says today; a version bump must update
// this table, which is the point: it shows in review.
const policies = [
  {
    id: 'code-of-conduct',
    path: '/code-of-conduct',
    title: 'Code of conduct',
    file: 'docs/code-of-conduct.md',
    version: 'Version 1.0, in effect from November 25, 2026.'
  },
  {
    id: 'slack-rules',
    path: '/slack-rules',
    title: 'Slack rules',
    file: 'docs/slack-rules.md',
    version: 'Version 1.0, in effect from November 25, 2026.'
  }
] as const

test.describe('policy versions', () => {
  for (const policy of policies) {
    test(`${policy.path} shows its version and effective date under the title`, async ({
      page
    }) => {
      await page.goto(policy.path)
      const version = page.locator('main .PolicyVersion')
      await expect(version).toContainText(policy.version)
      await expect(version.locator('time')).toHaveAttribute(
        'datetime',
        '2026-11-25'
      )
      // Read right after the title, inside the main content.
      await expect(page.locator('main h1 + .PolicyVersion')).toHaveCount(1)
    })

    test(`${policy.path}: the keyboard reaches its changes`, async ({
      page
    }) => {
      await page.goto(policy.path)
      const link = page.getByRole('link', {
        name: 'See the changes to this policy'
      })
      await link.focus()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(`/changes#${policy.id}`)
      await expect(
        page.getByRole('heading', { level: 2, name: policy.title })
      ).toBeInViewport()
    })
  }

  test('pages that are not policies show no version', async ({ page }) => {
    await page.goto('/community')
    await expect(page.locator('h1')).toHaveText('Community guide')
    await expect(page.locator('.PolicyVersion')).toHaveCount(0)
  })
})

test.describe('the Changes page', () => {
  test('is in the sidebar, with the accessibility statement', async ({
    page
  }) => {
    await page.goto('/community')
    const sidebar = page.locator('.VPSidebar')
    await sidebar.getByRole('link', { name: 'Changes' }).click()
    await expect(page).toHaveURL('/changes')
    await expect(page.locator('h1')).toHaveText('Changes')
    await expect(
      sidebar.getByRole('link', { name: 'Accessibility' })
    ).toHaveAttribute('href', '/accessibility')
  })

  for (const policy of policies) {
    test(`lists the versions and every commit of ${policy.file}`, async ({
      page
    }) => {
      await page.goto('/changes')
      const section = page
        .locator('.PolicyChanges')
        .nth(policies.indexOf(policy))
      await expect(section.locator('p').first()).toHaveText(
        `The current version of the ${policy.title} is 1.0, in effect from November 25, 2026.`
      )
      await expect(
        section.getByRole('link', { name: policy.title })
      ).toHaveAttribute('href', policy.path)
      await expect(section.locator('.versions li')).toHaveText([
        'Version 1.0, November 25, 2026: First version published on this site.'
      ])

      const commits = commitsOf(policy.file)
      expect(commits.length).toBeGreaterThan(0)
      const edits = section.locator('.edits > li')
      await expect(edits).toHaveCount(commits.length)
      for (const [index, commit] of commits.entries()) {
        const row = edits.nth(index)
        await expect(row.locator('.subject')).toHaveText(commit.subject)
        const anchor = createHash('sha256').update(policy.file).digest('hex')
        await expect(
          row.getByRole('link', {
            name: `Changes in commit ${commit.shortHash}`
          })
        ).toHaveAttribute(
          'href',
          `${testRepository.url}/commit/${commit.hash}#diff-${anchor}`
        )
      }
    })
  }
})
