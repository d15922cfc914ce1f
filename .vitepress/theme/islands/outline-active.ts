/**
 * The outline's active link (DocOutline.vue) follows the scroll, by the
 * rules of VitePress's useActiveAnchor (composables/outline.ts, 1.6.4):
 * none at the very top, the last at the very bottom, otherwise the last
 * heading above the navbar's line.
 */
/** VitePress's default `scrollOffset`: the bars a heading stops below. */
const scrollOffset = 134

function absoluteTop(element: HTMLElement): number {
  let top = 0
  let current: Element | null = element
  while (current && current !== document.body) {
    if (!(current instanceof HTMLElement)) return NaN
    top += current.offsetTop
    current = current.offsetParent
  }
  return current ? top : NaN
}

/** Follows the reader's scroll in the page's outline, until `signal` aborts. */
export function startOutlineActive(signal: AbortSignal): void {
  const outline = document.querySelector<HTMLElement>('.VPDocAsideOutline')
  const marker = outline?.querySelector<HTMLElement>('.outline-marker')
  if (!outline || !marker) return
  /** Where the outline is beside the text (VitePress's useAside). */
  const asideShown = window.matchMedia(
    document.querySelector('.VPSidebar')
      ? '(min-width: 1280px)'
      : '(min-width: 960px)'
  )
  const links = [
    ...outline.querySelectorAll<HTMLAnchorElement>('a.outline-link')
  ]
  const targets = links.flatMap((link) => {
    const target = document.getElementById(
      decodeURIComponent(link.hash.slice(1))
    )
    return target ? [{ link, target }] : []
  })
  let active: HTMLAnchorElement | undefined

  const activate = (link: HTMLAnchorElement | undefined) => {
    active?.classList.remove('active')
    active = link
    if (link) {
      link.classList.add('active')
      marker.style.top = `${link.offsetTop + 39}px`
      marker.style.opacity = '1'
    } else {
      marker.style.top = '33px'
      marker.style.opacity = '0'
    }
  }

  const update = () => {
    if (!asideShown.matches) return
    const { scrollY, innerHeight } = window
    const sections = targets
      .map(({ link, target }) => ({ link, top: absoluteTop(target) }))
      .filter(({ top }) => !Number.isNaN(top))
      .sort((a, b) => a.top - b.top)
    if (!sections.length || scrollY < 1) return activate(undefined)
    if (Math.abs(scrollY + innerHeight - document.body.offsetHeight) < 1)
      return activate(sections.at(-1)?.link)
    activate(
      sections.filter(({ top }) => top <= scrollY + scrollOffset + 4).pop()
        ?.link
    )
  }

  let frame = 0
  const schedule = () => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(update)
  }
  window.addEventListener('scroll', schedule, { passive: true, signal })
  asideShown.addEventListener('change', schedule, { signal })
  schedule()
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame)
    activate(undefined)
  })
}
