/**
 * "On this page" on narrow screens (OutlineMenu.vue), as an island. The menu
 * is a `<details>` that works without JavaScript; as upstream's dropdown,
 * it also closes on Escape, on a click outside it, and once a link in it
 * has been followed.
 */
/** Serves the page's "On this page" menu, until `signal` aborts. */
export function startOutlineMenu(signal: AbortSignal): void {
  const menu = document.querySelector<HTMLDetailsElement>(
    '.OutlineMenu details'
  )
  if (!menu) return
  const close = () => {
    menu.open = false
  }
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open) return
      close()
      menu.querySelector('summary')?.focus()
    },
    { signal }
  )
  document.addEventListener(
    'click',
    (event) => {
      if (!menu.open || !(event.target instanceof Node)) return
      if (!menu.contains(event.target)) close()
      else if (event.target instanceof Element && event.target.closest('a'))
        // After the link's own scroll (in-page-links.ts) has started.
        setTimeout(close)
    },
    { signal }
  )
}
