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
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ` +
          `in ${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`
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
