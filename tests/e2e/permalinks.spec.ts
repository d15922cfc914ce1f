import { expect, test } from '@playwright/test'
import { resolvePermalink } from '../../.vitepress/links/permalinks'
import { httpLoader, registeredUrls, rules, siteUrl } from './support/links'

test.describe('every published URL is still served', () => {
  for (const url of registeredUrls) {
    test(`${url}`, async ({ request }) => {
      const result = await resolvePermalink(url, httpLoader(request))
      expect(result.ok ? 'served' : result.problem).toBe('served')
    })
  }
})

test.describe('old pages in a browser', () => {
  const cases = [
    {
      from: '/core/community.html',
      lands: '/community',
      heading: 'Community guide'
    },
    {
      from: '/core/code_of_conduct.html',
      lands: '/code-of-conduct',
      heading: 'Code of conduct'
    },
    {
      from: '/core/community.html#slack-guidelines',
      lands: '/slack-rules',
      heading: 'Slack rules'
    },
    {
      from: '/core/community.html#slack',
      lands: '/community#join-slack',
      heading: 'Community guide'
    }
  ]
  for (const { from, lands, heading } of cases) {
    test(`${from} lands on ${lands}`, async ({ page }) => {
      await page.goto(from)
      await expect(page).toHaveURL(lands)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    })
  }
})

test.describe('files for bots', () => {
  test('/rules.json lists every rule with absolute URLs', async ({
    request
  }) => {
    const response = await request.get('/rules.json')
    expect(response.headers()['content-type']).toContain('application/json')
    const body = (await response.json()) as {
      rules: {
        id: string
        number: number
        title: string
        summary: string
        url: string
      }[]
    }
    expect(body.rules.map((rule) => rule.id)).toEqual(
      rules.map((rule) => rule.id)
    )
    for (const rule of body.rules)
      expect(rule.url).toBe(`${siteUrl}/slack-rules#${rule.id}`)
  })

  test('/slack/welcome.json is a Slack message payload', async ({
    request
  }) => {
    const body = (await (await request.get('/slack/welcome.json')).json()) as {
      text: string
      blocks: { type: string }[]
    }
    expect(body.text).toContain('*Slack rules*')
    expect(body.blocks[0]?.type).toBe('header')
    for (const rule of rules)
      expect(body.text).toContain(`${siteUrl}/r/${rule.id}|`)
  })
})
