/**
 * Dates as readers see them, such as "November 25, 2026", in the site's
 * language. Calendar dates are formatted in UTC, so the server-rendered HTML
 * and the browser agree whatever the reader's time zone.
 */

/** An ISO date or date-time; a bare YYYY-MM-DD is a calendar day at UTC midnight. */
function parseDate(isoDate: string): Date | undefined {
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate
  )
  return Number.isNaN(date.getTime()) ? undefined : date
}

export function formatDate(isoDate: string, lang: string): string {
  const date = parseDate(isoDate)
  if (!date) return isoDate
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeZone: 'UTC'
  }).format(date)
}

/** The YYYY-MM-DD day (UTC) of an ISO date or date-time, for `<time datetime>`. */
export function isoDay(isoDate: string): string {
  return parseDate(isoDate)?.toISOString().slice(0, 10) ?? isoDate
}

/** The extra page data field that `LastUpdated.vue` shows. */
export interface LastUpdatedPageData {
  lastUpdatedText?: string
}

/**
 * The "Last updated" date of a git timestamp (ms), formatted when the site
 * is built: VitePress's theme formats it in the browser after hydration,
 * and creating that `Intl.DateTimeFormat` is one of the slowest steps of a
 * phone's start-up.
 */
export function formatLastUpdated(
  timestamp: number | undefined,
  lang: string
): string | undefined {
  if (!timestamp || !Number.isFinite(timestamp)) return undefined
  return formatDate(new Date(timestamp).toISOString(), lang)
}
