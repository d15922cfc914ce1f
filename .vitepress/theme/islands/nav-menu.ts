/**
 * The phone menu (NavMenu.vue), as an island. The menu is a `<details>`
 * that opens and closes without JavaScript; this adds what upstream's menu
 * also does: Escape closes it and gives focus back to its button, and it
 * closes when the screen grows wide enough to show the navbar's links. The
 * groups inside it are upstream's, served by ./nav-screen-groups.ts.
 */
/** Serves the page's phone menu, until `signal` aborts. */
export function startNavMenu(signal: AbortSignal): void {
  const menu = document.querySelector<HTMLDetailsElement>('details.NavMenu')
  const summary = menu?.querySelector('summary')
  if (!menu || !summary) return
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open) return
      menu.open = false
      summary.focus()
    },
    { signal }
  )
  window.matchMedia('(min-width: 768px)').addEventListener(
    'change',
    (wide) => {
      if (wide.matches) menu.open = false
    },
    { signal }
  )
}
