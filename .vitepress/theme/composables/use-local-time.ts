import { useMounted, useNow } from '@vueuse/core'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'

/**
 * The current time in another time zone, such as a contact's, kept up to
 * date in the browser.
 *
 * Both values stay `undefined` on the server and in the first client render:
 * the build cannot know when a reader opens the page, and a time baked into
 * the HTML would be wrong and would not match the browser's first render.
 */
export function useLocalTime(
  timeZone: MaybeRefOrGetter<string>,
  locale: MaybeRefOrGetter<string>
) {
  const isMounted = useMounted()
  // Ticks each second so the minute shown turns over with the reader's
  // clock; Vue only touches the DOM when the formatted text changes.
  const now = useNow({ interval: 1000 })

  const formatter = computed(
    () =>
      new Intl.DateTimeFormat(toValue(locale), {
        timeZone: toValue(timeZone),
        weekday: 'short',
        hour: 'numeric',
        minute: '2-digit'
      })
  )

  /** Such as "Thu 1:05 PM", in the contact's time zone. */
  const text = computed(() =>
    isMounted.value ? formatter.value.format(now.value) : undefined
  )

  /** The same moment for `<time datetime>`, to the minute, in UTC. */
  const datetime = computed(() => {
    if (!isMounted.value) return undefined
    const minute = new Date(now.value)
    minute.setUTCSeconds(0, 0)
    return minute.toISOString().replace(':00.000Z', 'Z')
  })

  return { text, datetime }
}
