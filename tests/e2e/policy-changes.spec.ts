import { createHash } from 'node:crypto'
import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { fill } from '../../.vitepress/i18n/texts'
import { testRepository } from '../../scripts/lib/test-builds'
import { commitsOf, longDate, readPolicies } from './support/policies'
import { expect, test } from './support/site'

test.use({ locale: 'en-US', timezoneId: 'UTC' })

test.describe('policy versions', () => {
  test('each policy page shows its version and effective date under the title, and links its changes', async ({
    page,
    site,
    builtSite
  }) => {
    const texts = defaultTexts(builtSite.community).policy
    const policies = readPolicies(site.root)
    expect(policies.length).toBeGreaterThan(0)
    for (const policy of policies) {
      await test.step(policy.path, async () => {
        await page.goto(policy.path)
        const version = page.locator('main h1 + .PolicyVersion')
        await expect(version).toContainText(
          fill(texts.version, {
            version: policy.version,
            date: longDate(policy.effectiveDate)
          })
        )
        await expect(version.locator('time')).toHaveAttribute(
          'datetime',
          policy.effectiveDate
        )
        const link = page.getByRole('link', { name: texts.changesLink })
        await link.focus()
        await page.keyboard.press('Enter')
        await expect(page).toHaveURL(`/changes#${policy.id}`)
        await expect(
          page.getByRole('heading', { level: 2, name: policy.title })
        ).toBeInViewport()
      })
    }
  })

  test('pages that are not policies show no version', async ({
    page,
    site
  }) => {
    const policies = readPolicies(site.root).map((policy) => policy.path)
    await page.goto('/')
    const other = await page
      .locator('.VPNavBarMenuLink')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    const path = other.find((href) => href && !policies.includes(href))!
    await page.goto(path)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.locator('.PolicyVersion')).toHaveCount(0)
  })
})

test('the Changes page lists the versions and every commit of each policy', async ({
  page,
  site,
  builtSite
}) => {
  const repository =
    builtSite.community.site.repository?.url ?? testRepository.url
  const texts = defaultTexts(builtSite.community).policyChanges
  await page.goto('/changes')
  const policies = readPolicies(site.root)
  for (const [index, policy] of policies.entries()) {
    await test.step(policy.file, async () => {
      const section = page.locator('.PolicyChanges').nth(index)
      await expect(section.locator('p').first()).toHaveText(
        fill(texts.current, {
          policy: policy.title,
          version: policy.version,
          date: longDate(policy.effectiveDate)
        })
      )
      await expect(
        section.getByRole('link', { name: policy.title })
      ).toHaveAttribute('href', policy.path)
      await expect(section.locator('.versions li')).toHaveText(
        policy.changelog.map((entry) =>
          fill(texts.entry, {
            version: fill(texts.version, { version: entry.version }),
            date: longDate(entry.date),
            summary: entry.summary
          })
        )
      )

      const commits = commitsOf(site.root, policy.file)
      expect(commits.length).toBeGreaterThan(0)
      const edits = section.locator('.edits > li')
      await expect(edits).toHaveCount(commits.length)
      const anchor = createHash('sha256').update(policy.file).digest('hex')
      for (const [row, commit] of commits.entries()) {
        await expect(edits.nth(row).locator('.subject')).toHaveText(
          commit.subject
        )
        await expect(
          edits.nth(row).getByRole('link', {
            name: `${texts.commit} ${commit.shortHash}`
          })
        ).toHaveAttribute(
          'href',
          `${repository}/commit/${commit.hash}#diff-${anchor}`
        )
      }
    })
  }
})

test('the Changes page is in the sidebar', async ({ page, builtSite }) => {
  await page.goto(builtSite.rulesPagePath)
  await page.locator('.VPSidebar a[href="/changes"]').click()
  await expect(page).toHaveURL('/changes')
  await expect(page.locator('.PolicyChanges').first()).toBeVisible()
})
