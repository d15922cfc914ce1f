/**
 * The "Last updated" date, formatted when the site is built: VitePress's
 * theme formats it in the browser after hydration, and creating that
 * `Intl.DateTimeFormat` is one of the slowest steps of a phone's start-up.
 * A date without a time, in the page's language, for UTC.
 */
import { formatDate } from '../theme/format-date'

/** The extra page data field that `LastUpdated.vue` shows. */
export interface LastUpdatedPageData {
  lastUpdatedText?: string
}

/** `November 25, 2026` for a git timestamp (ms), in `lang`, as policy dates. */
export function formatLastUpdated(
  timestamp: number | undefined,
  lang: string
): string | undefined {
  if (!timestamp || !Number.isFinite(timestamp)) return undefined
  return formatDate(new Date(timestamp).toISOString(), lang)
}
