/**
 * Forwarding pages (short links and redirects) held still: served without
 * their script and meta refresh, so a test can check or use the page a
 * reader sees for a moment.
 */
import type { Page } from '@playwright/test'

/**
 * Routes only that path. `page.unrouteAll()` ends it: while a route is set,
 * every request of the page goes through the test runner.
 */
export async function holdForwardingPage(
  page: Page,
  path: string
): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch()
      const body = (await response.text())
        .replace(/<script>[\s\S]*?<\/script>/g, '')
        .replace(/<meta http-equiv="refresh"[^>]*>/i, '')
      await route.fulfill({ response, body })
    }
  )
}
