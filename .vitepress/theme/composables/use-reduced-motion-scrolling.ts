/**
 * Honours `prefers-reduced-motion: reduce` for scrolling done by script.
 *
 * VitePress scrolls with `behavior: 'smooth'` when a reader follows a heading
 * link or presses "Return to top" (src/client/app/router.ts `scrollTo`, and
 * VPLocalNavOutlineDropdown.vue), whatever the reader's motion preference;
 * CSS `scroll-behavior` cannot override an explicit `behavior` option. A
 * VitePress maintainer agreed that smooth scrolling belongs only to readers
 * with no motion preference: https://github.com/vuejs/vitepress/pull/978.
 * Until VitePress checks the preference itself, this turns those smooth
 * scrolls into instant jumps for readers who asked for less motion.
 */
import { usePreferredReducedMotion } from '@vueuse/core'
import { onMounted } from 'vue'

/** Options of `scrollTo`, `scrollBy` and `scrollIntoView`, without smoothness. */
export function withoutSmoothScrolling<T>(options: T): T {
  if (typeof options !== 'object' || options === null) return options
  const { behavior } = options as ScrollOptions
  return behavior === 'smooth' ? { ...options, behavior: 'instant' } : options
}

type ScrollMethod = (...args: unknown[]) => void

function guard(
  target: object,
  name: 'scrollTo' | 'scrollBy' | 'scrollIntoView',
  reduce: () => boolean
): void {
  const original = (target as Record<string, ScrollMethod>)[name]
  if (typeof original !== 'function') return
  ;(target as Record<string, ScrollMethod>)[name] = function (
    this: unknown,
    ...args: unknown[]
  ) {
    if (reduce() && args.length === 1) args[0] = withoutSmoothScrolling(args[0])
    return original.apply(this, args)
  }
}

export function useReducedMotionScrolling(): void {
  const motion = usePreferredReducedMotion()
  const reduce = () => motion.value === 'reduce'
  onMounted(() => {
    guard(window, 'scrollTo', reduce)
    guard(window, 'scrollBy', reduce)
    guard(Element.prototype, 'scrollTo', reduce)
    guard(Element.prototype, 'scrollBy', reduce)
    guard(Element.prototype, 'scrollIntoView', reduce)
  })
}
