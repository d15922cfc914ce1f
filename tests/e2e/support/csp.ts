/**
 * Every request the page makes to a host other than the test server, as the
 * list it keeps adding to. data: and blob: URLs never leave the browser.
 */
export function recordForeignRequests(page: Page, baseURL: string): string[] {
  const ownHost = new URL(baseURL).host
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.host !== ownHost) foreign.push(request.url())
  })
  return foreign
}

/**
 * Records every Content-Security-Policy violation a page reports, on every
 * document it loads (a redirect page and its target alike): the
 * `securitypolicyviolation` event, and any error the browser logs to the
 * console (Chromium logs each refused script or style there too).
 */
import type { Page } from '@playwright/test'
import { builtHeadersFor } from './site'

export interface PageProblems {
  violations: string[]
  consoleErrors: string[]
}

/**
 * @param notFoundPath a path the test loads on purpose to get the 404 page,
 *   whose "Failed to load resource: … 404" console error is expected.
 */
export async function watchPageProblems(
  page: Page,
  notFoundPath?: string
): Promise<PageProblems> {
  const problems: PageProblems = { violations: [], consoleErrors: [] }
  await page.exposeBinding('reportCspViolation', (_source, text: string) => {
    problems.violations.push(text)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (
        window as unknown as { reportCspViolation: (text: string) => void }
      ).reportCspViolation
      // The page's <meta> policy cannot carry frame-ancestors; _headers' does.
      const policy = event.originalPolicy.includes('frame-ancestors')
        ? 'header policy'
        : 'meta policy'
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ` +
          `in ${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample} [${policy}]`
      )
    })
  })
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url } = message.location()
    const expected404 =
      notFoundPath !== undefined &&
      new URL(url).pathname === notFoundPath &&
      message.text().includes('status of 404')
    if (!expected404) problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message))
  return problems
}

/**
 * Serves the page as GitHub Pages would, without the headers of `_headers`,
 * so only the policy in the page's own `<meta http-equiv>` applies. `edit`
 * may change an HTML document on its way, as a page that got past the build's
 * checks would look.
 */
export async function withoutHeadersFile(
  page: Page,
  edit: (html: string) => string = (html) => html
): Promise<void> {
  const fromFile = Object.keys(builtHeadersFor('/'))
  await page.route('**/*', async (route) => {
    const response = await route.fetch()
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(
        ([name]) => !fromFile.includes(name.toLowerCase())
      )
    )
    const html = headers['content-type']?.startsWith('text/html')
    await route.fulfill({
      response,
      headers,
      body: html ? edit(await response.text()) : await response.body()
    })
  })
}
