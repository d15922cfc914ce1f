/**
 * Links within the page (outline, heading anchors, "Return to top") scroll
 * smoothly when the target is near, as VitePress's router does
 * (src/client/app/router.ts, 1.6.4), unless the reader asked for less motion
 * (https://github.com/vuejs/vitepress/pull/978). Without JavaScript they are
 * plain fragment links, kept below the bars by `scroll-margin-top`.
 */
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
  // A long way jumps, as VitePress's router does.
  const far = Math.abs(distance) > window.innerHeight
  window.scrollTo({
    top: window.scrollY + distance,
    behavior: far || reducedMotion() ? 'instant' : 'smooth'
  })
  // Keyboard and screen-reader users continue from the target.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
}

/** Serves the page's in-page links, until `signal` aborts. */
export function startInPageLinks(signal: AbortSignal): void {
  document.addEventListener('click', followInPageLink, { signal })
}
