/**
 * Links within the page (the outline, heading anchors, "Return to top"), as
 * an island: VitePress's router scrolls to them smoothly when the target is
 * near, and sets the address without a reload (src/client/app/router.ts,
 * 1.6.4). Here the same, for pages that load no router, and only for
 * readers who have not asked for less motion: with `prefers-reduced-motion:
 * reduce` the page jumps (https://github.com/vuejs/vitepress/pull/978).
 * Without JavaScript these links are ordinary fragment links, and the
 * headings' `scroll-margin-top` (style.css) keeps them below the bars.
 */
/** The `behavior` of a scroll `distance` pixels long. */
export function scrollBehavior(
  distance: number,
  viewportHeight: number,
  reduce: boolean
): ScrollBehavior {
  if (reduce) return 'instant'
  return Math.abs(distance) > viewportHeight ? 'instant' : 'smooth'
}

function samePageHash(link: HTMLAnchorElement): boolean {
  return (
    link.origin === location.origin &&
    link.pathname === location.pathname &&
    link.search === location.search &&
    link.getAttribute('href')?.includes('#') === true &&
    !link.target &&
    !link.hasAttribute('download')
  )
}

function setHash(hash: string): void {
  if (hash === location.hash) return
  const oldURL = location.href
  history.pushState(history.state, '', hash || location.pathname)
  window.dispatchEvent(
    new HashChangeEvent('hashchange', { oldURL, newURL: location.href })
  )
}

const reducedMotion = () =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches

function followInPageLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  if (!(event.target instanceof Element)) return
  const link = event.target.closest('a')
  if (!link || !samePageHash(link)) return
  const id = decodeURIComponent(link.hash.slice(1))
  const target = id ? document.getElementById(id) : null
  if (id && !target) return
  event.preventDefault()
  setHash(link.hash)
  if (!target) {
    // "Return to top": always glides, as upstream's dropdown does.
    window.scrollTo({
      top: 0,
      behavior: reducedMotion() ? 'instant' : 'smooth'
    })
    return
  }
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
  const distance = target.getBoundingClientRect().top - margin
  window.scrollTo({
    top: window.scrollY + distance,
    behavior: scrollBehavior(distance, window.innerHeight, reducedMotion())
  })
  // Keyboard and screen-reader users continue from the target.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
}

/** Serves the page's in-page links, until `signal` aborts. */
export function startInPageLinks(signal: AbortSignal): void {
  document.addEventListener('click', followInPageLink, {
    signal
  })
}
