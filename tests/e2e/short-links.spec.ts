import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe'
import { previewBuild } from '../../scripts/lib/test-builds'
import {
  fetchPageFacts,
  localPath,
  ruleShortLinks,
  rules,
  siteUrl
} from './support/links'

test.describe('short link pages, as fetched', () => {
  for (const { path, rule } of ruleShortLinks) {
    test(`${path} has the meta tags of rule ${rule.number}`, async ({
      request
    }) => {
      const facts = await fetchPageFacts(request, path)
      const title = `Rule ${rule.number}: ${rule.title}`
      const image = `${siteUrl}/social/rules/${rule.id}.png`
      expect(facts.lang).toBe('en-US')
      expect(facts.title).toContain(title)
      expect(facts.canonical).toBe(`${siteUrl}/slack-rules#${rule.id}`)
      expect(facts.refresh).toBe(`/slack-rules#${rule.id}`)
      expect(facts.meta).toMatchObject({
        description: rule.summary,
        'og:title': title,
        'og:description': rule.summary,
        'og:url': `${siteUrl}/r/${rule.id}`,
        'og:image': image,
        'og:site_name': 'Prefect Community',
        'twitter:card': 'summary_large_image',
        'twitter:image': image
      })
      expect(facts.links).toContainEqual({
        href: `/slack-rules#${rule.id}`,
        text: expect.stringMatching(`^Read rule ${rule.number} `)
      })
      const png = await request.get(localPath(image))
      expect(png.status()).toBe(200)
      expect(png.headers()['content-type']).toBe('image/png')
    })
  }
})

test.describe('short links in a browser', () => {
  for (const { path, rule } of ruleShortLinks) {
    test(`${path} lands on the rule "${rule.id}"`, async ({ page }) => {
      await page.goto(path)
      await expect(page).toHaveURL(`/slack-rules#${rule.id}`)
      await expect(
        page.getByRole('heading', { level: 2, name: rule.title })
      ).toBeInViewport()
    })
  }

  test('Back returns to the page before the short link, not to it', async ({
    page
  }) => {
    await page.goto('/community')
    await page.goto('/r/2')
    await expect(page).toHaveURL(/\/slack-rules#use-threads$/)
    await page.goBack()
    await expect(page).toHaveURL(/\/community$/)
  })
})

test.describe('short links without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the meta refresh lands on the rule', async ({ page }) => {
    const [link] = ruleShortLinks
    await page.goto(link!.path)
    await expect(page).toHaveURL(`/slack-rules#${link!.rule.id}`)
    await expect(
      page.getByRole('heading', { level: 2, name: link!.rule.title })
    ).toBeVisible()
  })
})

test.describe('what a reader sees on a forwarding page', () => {
  // Served without its script and refresh, so the page stays long enough to check.
  async function openStill(
    page: import('@playwright/test').Page,
    path: string
  ): Promise<void> {
    await page.route(path, async (route) => {
      const response = await route.fetch()
      const body = (await response.text())
        .replace(/<script>[\s\S]*?<\/script>/, '')
        .replace(/<meta http-equiv="refresh"[^>]*>/, '')
      await route.fulfill({ response, body })
    })
    await page.goto(path)
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/r/use-threads', '/core/community.html']) {
      test(`${path} has no WCAG 2.2 A/AA violations, ${scheme}`, async ({
        page
      }) => {
        await page.emulateMedia({ colorScheme: scheme })
        await openStill(page, path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
      })
    }
  }

  test('its link is reachable from the keyboard and leads on', async ({
    page
  }) => {
    await openStill(page, '/r/use-threads')
    await page.keyboard.press('Tab')
    const link = page.getByRole('link', {
      name: /^Read rule 2 /
    })
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/slack-rules#use-threads')
  })
})

test.describe('short links in a build under a base path', () => {
  test(`${previewBuild.base}r/2 lands on the rule, keeping the base`, async ({
    page
  }) => {
    await page.goto(`${previewBuild.base}r/2`)
    await expect(page).toHaveURL(`${previewBuild.base}slack-rules#use-threads`)
    const rule = rules.find((candidate) => candidate.id === 'use-threads')
    await expect(
      page.getByRole('heading', { level: 2, name: rule?.title })
    ).toBeInViewport()
  })

  test(`${previewBuild.base}core/community.html#slack-guidelines lands on the rules`, async ({
    page
  }) => {
    await page.goto(`${previewBuild.base}core/community.html#slack-guidelines`)
    await expect(page).toHaveURL(`${previewBuild.base}slack-rules`)
  })
})
