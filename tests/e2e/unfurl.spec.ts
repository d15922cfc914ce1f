/**
 * Reads the built pages the way Slack's link-preview bot does: fetch the
 * HTML, run no scripts, read the head. Every page, short link and redirect
 * must give a title, a description and an image, with absolute URLs.
 */
import { expect, test } from '@playwright/test'
import {
  fetchPageFacts,
  localPath,
  redirectPaths,
  ruleShortLinks,
  siteUrl
} from './support/links'
import { builtPagePaths } from './support/site'

const paths = [
  ...builtPagePaths(),
  ...ruleShortLinks.map((link) => link.path),
  ...redirectPaths
]

const absolute = new RegExp(
  `^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`
)

test.describe('link previews, as a bot reads them', () => {
  for (const path of paths) {
    test(`${path} unfurls with a title, description and image`, async ({
      request
    }) => {
      const { title, meta, canonical } = await fetchPageFacts(request, path)
      expect(title).not.toBe('')
      for (const name of ['og:title', 'og:description', 'og:site_name'])
        expect(meta[name], name).toMatch(/\S/)
      expect(meta['description']).toBe(meta['og:description'])
      expect(meta['twitter:card']).toBe('summary_large_image')
      for (const [name, url] of [
        ['og:url', meta['og:url']],
        ['og:image', meta['og:image']],
        ['twitter:image', meta['twitter:image']],
        ['canonical', canonical]
      ])
        expect(url, name).toMatch(absolute)
      expect(meta['og:image:alt']).toMatch(/\S/)

      const image = await request.get(localPath(meta['og:image']!))
      expect(image.status()).toBe(200)
      expect(image.headers()['content-type']).toBe('image/png')
    })
  }

  test('sitemap.xml lists absolute URLs, and robots.txt points at it', async ({
    request
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1]
    )
    expect(locations.length).toBeGreaterThanOrEqual(4)
    for (const location of locations) expect(location).toMatch(absolute)
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
  })
})
