/**
 * Dates as readers see them, such as "November 25, 2026", in the site's
 * language. Calendar dates are formatted in UTC, so the server-rendered HTML
 * and the browser agree whatever the reader's time zone.
 */
export function formatDate(isoDate: string, lang: string): string {
  // A bare YYYY-MM-DD is a calendar day; pin it to UTC midnight.
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate
  )
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeZone: 'UTC'
  }).format(date)
}

/** The YYYY-MM-DD day (UTC) of an ISO date or date-time, for `<time datetime>`. */
export function isoDay(isoDate: string): string {
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate
  )
  return Number.isNaN(date.getTime())
    ? isoDate
    : date.toISOString().slice(0, 10)
}
