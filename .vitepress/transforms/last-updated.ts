/**
 * The "Last updated" date, formatted when the site is built.
 *
 * VitePress's default theme formats it in the browser after hydration, with
 * a new `Intl.DateTimeFormat`: on a phone, creating that formatter (which
 * loads the locale's data) is one of the slowest steps of the page's
 * start-up, and until then the date is blank. Formatted here, the date is in
 * the HTML and costs the browser nothing. It is a date without a time, in
 * the site's language, for UTC, so it reads the same for every reader.
 */
import { formatDate } from '../theme/format-date'

/** The extra page data field that `LastUpdated.vue` shows. */
export interface LastUpdatedPageData {
  lastUpdatedText?: string
}

/**
 * `November 25, 2026` style text for a git timestamp (ms), in `lang`, by the
 * same formatter as the policy dates; undefined when the page has no date (a
 * file with no commit yet).
 */
export function formatLastUpdated(
  timestamp: number | undefined,
  lang: string
): string | undefined {
  if (!timestamp || !Number.isFinite(timestamp)) return undefined
  return formatDate(new Date(timestamp).toISOString(), lang)
}
