/**
 * One visit of every built URL per colour mode and width, and every
 * page-wide check in that visit: the response headers, axe, reflow, CSP
 * violations and console errors, requests to other hosts, the "Report a
 * problem" box; once per URL, the tags a link preview reads; in light mode,
 * a keyboard walk (Tab reaches every control, each with visible focus); in
 * dark mode, with reduced motion asked for, that nothing moves.
 *
 * The URLs come from the build: the sitemap, every page that forwards a
 * reader (short links and redirects), and the 404 page. Forwarding pages are
 * checked as a reader sees them for a moment, with their script and refresh
 * taken out (short-links.spec.ts follows them).
 */
import type { Page } from '@playwright/test'
import { axeViolations, preloadAxe } from './support/axe'
import { holdForwardingPage } from './support/forwarding'
import { recordForeignRequests, watchPageProblems } from './support/csp'
import { keyboardProblems } from './support/keyboard'
import {
  footerProblems,
  movingElements,
  reportBoxProblems,
  sidewaysOverflow,
  unfurlProblems
} from './support/page-checks'
import {
  expect,
  modes,
  test,
  useMode,
  viewports,
  type BuiltSite
} from './support/site'
import { waitForHydration } from './support/hydration'

/** Each mode and width is split in parts, so that workers share the load. */
const parts = 3

function urlsOf(site: BuiltSite, part: number): string[] {
  return [...site.pagePaths, ...site.forwardingPaths, site.notFoundPath].filter(
    (_, index) => index % parts === part
  )
}

for (const mode of modes) {
  for (const [width, viewport] of Object.entries(viewports)) {
    for (let part = 0; part < parts; part++) {
      test.describe(() => {
        test.use({ viewport, locale: 'en-US', timezoneId: 'UTC' })

        test(`every URL, ${mode} mode, ${width} (${viewport.width}px), part ${part + 1} of ${parts}`, async ({
          page,
          builtSite,
          site,
          baseURL
        }, testInfo) => {
          const urls = urlsOf(builtSite, part)
          testInfo.setTimeout(60_000 + urls.length * 60_000)
          expect(urls.length).toBeGreaterThan(0)
          await useMode(page, mode)
          await preloadAxe(page)
          // Dark-mode visits also stand for readers who ask for less motion.
          if (mode === 'dark')
            await page.emulateMedia({ reducedMotion: 'reduce' })
          const problems = await watchPageProblems(page, builtSite.notFoundPath)
          const foreign = recordForeignRequests(page, baseURL!)

          for (const path of urls) {
            await test.step(path, async () => {
              await page.unrouteAll()
              if (builtSite.forwardingPaths.includes(path))
                await holdForwardingPage(page, path)
              await checkPage(page, {
                mode,
                width,
                path,
                builtSite,
                root: site.root
              })
              expect.soft(problems, `${path}: CSP and console`).toEqual({
                violations: [],
                consoleErrors: []
              })
              expect
                .soft(foreign, `${path}: requests to other hosts`)
                .toEqual([])
              // Start the next page's record afresh.
              problems.violations.length = 0
              problems.consoleErrors.length = 0
              foreign.length = 0
            })
          }
        })
      })
    }
  }
}

/** Every check of one visit but the request records, which span the visit. */
async function checkPage(
  page: Page,
  {
    mode,
    width,
    path,
    builtSite,
    root
  }: {
    mode: (typeof modes)[number]
    width: string
    path: string
    builtSite: BuiltSite
    root: string
  }
): Promise<void> {
  const forwarding = builtSite.forwardingPaths.includes(path)
  const notFound = path === builtSite.notFoundPath
  // Home pages (`/`, `/<locale>/`) have no doc footer.
  const markdownPage = !forwarding && !notFound && !path.endsWith('/')
  // Link previews and footers are the same in every mode and width: read them once.
  const once = mode === 'light' && width === 'desktop'

  const response = await page.goto(path)
  expect.soft(response?.status(), `${path}: status`).toBe(notFound ? 404 : 200)
  expect
    .soft(response?.headers(), `${path}: headers from _headers`)
    .toMatchObject(builtSite.headersFor(path))
  if (forwarding) {
    // A forwarding page has no theme script: it follows the system setting.
    expect(
      await page.evaluate(
        () => matchMedia('(prefers-color-scheme: dark)').matches
      )
    ).toBe(mode === 'dark')
  } else {
    await waitForHydration(page)
    await expect(page.locator('html')).toHaveClass(
      mode === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/
    )
  }
  await expect.soft(page.locator('h1'), `${path}: one h1`).toHaveCount(1)

  expect.soft(await axeViolations(page), `${path}: axe`).toEqual([])
  expect.soft(await sidewaysOverflow(page), `${path}: reflow`).toEqual([])
  if (!forwarding)
    expect
      .soft(await reportBoxProblems(page, builtSite), `${path}: report box`)
      .toEqual([])
  if (once && !notFound)
    expect
      .soft(await unfurlProblems(page, builtSite), `${path}: link preview`)
      .toEqual([])
  if (once && markdownPage)
    expect
      .soft(
        await footerProblems(page, builtSite, root, path),
        `${path}: footer`
      )
      .toEqual([])
  if (!forwarding && !notFound)
    await expect
      .soft(
        page.getByRole('region', { name: 'Preview' }),
        `${path}: no preview banner`
      )
      .toHaveCount(0)
  if (mode === 'dark')
    expect.soft(await movingElements(page), `${path}: motion`).toEqual([])
  // The Tab walk is the slowest check: a laptop's layout has every control.
  if (once && !forwarding)
    expect.soft(await keyboardProblems(page), `${path}: keyboard`).toEqual({
      missed: [],
      noFocusIndicator: [],
      offScreen: []
    })
}
