/**
 * The one axe configuration for every accessibility test: which rules run,
 * and every exception with its reason.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Rules that axe marks experimental, so tags alone do not run them, but that
 * check WCAG success criteria we promise to meet.
 */
const experimentalRules = {
  // WCAG 2.5.3 Label in Name: a control's accessible name contains its visible label.
  'label-content-name-mismatch': { enabled: true }
}

export async function axeViolations(page: Page) {
  // options() replaces every option, so it must come before withTags().
  const results = await new AxeBuilder({ page })
    .options({ rules: experimentalRules })
    .withTags(wcagTags)
    .analyze()
  // Summarise each violation with the elements it names, for a readable failure.
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' '))
  }))
}
