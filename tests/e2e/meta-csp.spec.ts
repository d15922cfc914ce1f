import { get } from 'node:http'
import { expect, test } from '@playwright/test'
import { watchPageProblems, withoutHeadersFile } from './support/csp'
import {
  builtHeadersFor,
  builtHtmlPaths,
  waitForHydration
} from './support/site'

// GitHub Pages sends no `_headers`: each page must carry its own policy, and
// the policy must stop what the build's output check would have caught.
const headerPolicy = builtHeadersFor('/')['content-security-policy'] ?? ''
const injected =
  '<script>window.injected = true</script>' +
  '<img src="/no-such-image.png" alt="" onerror="window.injected = true">'

test('without _headers, a page enforces its own meta policy', async ({
  page
}) => {
  await withoutHeadersFile(page, (html) =>
    html.replace('</body>', `${injected}</body>`)
  )
  const problems = await watchPageProblems(page)
  const response = await page.goto('/slack-rules')
  expect(response?.headers()['content-security-policy']).toBeUndefined()

  // First in the head after the charset, before anything that loads, and
  // the header policy but for what a meta policy cannot carry.
  const head = await page.evaluate(() =>
    [...document.head.children]
      .slice(0, 2)
      .map((element) => element.getAttribute('http-equiv') ?? element.outerHTML)
  )
  expect(head).toEqual(['<meta charset="utf-8">', 'Content-Security-Policy'])
  const metaPolicy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(`${metaPolicy}; frame-ancestors 'none'`).toBe(headerPolicy)

  // Our own scripts run (the page hydrates); the injected ones do not.
  await waitForHydration(page)
  expect(await page.evaluate(() => 'injected' in window)).toBe(false)
  expect(problems.violations).toEqual([
    expect.stringMatching(/^script-src-elem blocked inline .*\[meta policy\]$/),
    expect.stringMatching(/^script-src-attr blocked inline .*\[meta policy\]$/)
  ])
})

test('without _headers, a short link still forwards under the meta policy', async ({
  page
}) => {
  const shortLink = builtHtmlPaths().find((path) => path.startsWith('/r/'))
  expect(shortLink, 'a short link to test').toBeDefined()
  await withoutHeadersFile(page)
  const problems = await watchPageProblems(page)
  await page.goto(shortLink!)
  await expect(page).not.toHaveURL(shortLink!)
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual({ violations: [], consoleErrors: [] })
})

/** The status of a request for exactly this path, unnormalised. */
function statusOf(baseURL: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}

test('the server never serves _headers or a dotfile, however it is spelled', async ({
  baseURL
}) => {
  const spellings = [
    '/_headers',
    '/_headers/',
    '/%5fheaders',
    '/%5F%68eaders',
    '//_headers',
    '/./_headers',
    '/x/../_headers',
    '/_redirects',
    '/.git/'
  ]
  const statuses = await Promise.all(
    spellings.map((path) => statusOf(baseURL!, path))
  )
  expect(
    Object.fromEntries(spellings.map((path, i) => [path, statuses[i]]))
  ).toEqual(Object.fromEntries(spellings.map((path) => [path, 404])))
  // Proves the check can fail: a real file is served.
  expect(await statusOf(baseURL!, '/robots.txt')).toBe(200)
})
