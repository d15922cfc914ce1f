/**
 * Contacts' local time: each hidden `[data-local-time]` row gets the current
 * time in its time zone and locale, shown and kept up to date.
 */

/** Such as "Thu 1:05 PM" in the zone, and the minute in UTC for `datetime`. */
export function localTime(
  now: Date,
  timeZone: string,
  locale: string
): { text: string; datetime: string } {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit'
  }).format(now)
  const minute = new Date(now)
  minute.setUTCSeconds(0, 0)
  return { text, datetime: minute.toISOString().replace(':00.000Z', 'Z') }
}

function update(rows: HTMLElement[]): void {
  const now = new Date()
  for (const row of rows) {
    const time = row.querySelector('time')
    const { timeZone, locale } = row.dataset
    if (!time || !timeZone || !locale) continue
    const { text, datetime } = localTime(now, timeZone, locale)
    // Only a changed minute touches the page.
    if (time.textContent !== text) time.textContent = text
    time.dateTime = datetime
    row.hidden = false
  }
}

/** Shows every contact's local time, and keeps it current until `signal` aborts. */
export function startLocalTimes(signal: AbortSignal): void {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-local-time]')]
  if (rows.length === 0) return
  update(rows)
  const timer = setInterval(() => update(rows), 1000)
  signal.addEventListener('abort', () => clearInterval(timer))
}
