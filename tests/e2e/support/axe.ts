/**
 * The one axe configuration for every accessibility test: which rules run,
 * and every exception with its reason.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const options: RunOptions = {
  runOnly: { type: 'tag', values: wcagTags },
  rules: {
    // Experimental in axe, so the tags alone do not run it, but it checks a
    // criterion we promise to meet: WCAG 2.5.3 Label in Name (a control's
    // accessible name contains its visible label).
    'label-content-name-mismatch': { enabled: true }
  },
  // Every rule still runs on every element, and every violation is listed
  // in full; axe just stops building selectors for each element that
  // passed, which took about half of a long page's check.
  resultTypes: ['violations']
}

/**
 * axe-core's minified build, put into each page at most once. (The
 * @axe-core/playwright builder injects the unminified 1.3 MB source twice per
 * check and runs the last step in a new blank page: most of the time of the
 * every-URL matrix went there. Our pages have no frames, so plain `axe.run`
 * sees all of each page.) `page.evaluate` is not subject to the page's CSP.
 */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)

/**
 * Puts axe into every document the page loads from now on, before the
 * page's own scripts: for a test that checks many pages in a row, cheaper
 * than sending it into each one (the browser compiles it once).
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(axeSource)
}

export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(axeSource)
  const results = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: object) => AxeResults }
        }
      ).axe.run(document, options),
    options
  )
  // Summarise each violation with the elements it names, for a readable failure.
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' '))
  }))
}
