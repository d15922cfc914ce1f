import { computed, type ComputedRef } from 'vue'
import { useBrowserLocation, useMounted } from '@vueuse/core'

/**
 * The id in the address's `#fragment`, decoded, or `''`.
 *
 * CSS `:target` is not enough: VitePress moves between anchors of a page with
 * `history.pushState`, which leaves `:target` on the old element, and then
 * dispatches a `hashchange` event that `useBrowserLocation` hears.
 *
 * It stays `''` until the component is mounted, so that hydration renders
 * exactly what the server did; the highlight follows a tick later.
 */
export function useLocationHash(): ComputedRef<string> {
  const location = useBrowserLocation()
  const isMounted = useMounted()
  return computed(() => {
    const hash = location.value.hash ?? ''
    if (!isMounted.value || hash.length < 2) return ''
    try {
      return decodeURIComponent(hash.slice(1))
    } catch {
      // A malformed escape such as `#%E0` names no element.
      return ''
    }
  })
}
