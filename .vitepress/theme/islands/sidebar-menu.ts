/**
 * The "Menu" button on narrow screens (LocalNav.vue), as an island: it
 * slides the sidebar in over a backdrop and moves focus into it, as
 * VitePress's layout does. Escape, a tap on the backdrop, or following a
 * link closes it.
 */
/** Serves the sidebar's Menu button, until `signal` aborts. */
export function startSidebarMenu(signal: AbortSignal): void {
  const button = document.querySelector<HTMLButtonElement>('.VPLocalNav .menu')
  const sidebar = document.querySelector<HTMLElement>('.VPSidebar')
  if (!button || !sidebar) return
  const backdrop = document.createElement('div')
  backdrop.className = 'SidebarBackdrop'
  backdrop.hidden = true
  sidebar.before(backdrop)

  const setOpen = (open: boolean) => {
    sidebar.classList.toggle('open', open)
    backdrop.hidden = !open
    button.setAttribute('aria-expanded', String(open))
    document.documentElement.classList.toggle('sidebar-open', open)
    if (open) sidebar.querySelector<HTMLElement>('#VPSidebarNav')?.focus()
  }

  button.addEventListener('click', () => setOpen(true), { signal })
  backdrop.addEventListener('click', () => setOpen(false))
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !sidebar.classList.contains('open')) return
      setOpen(false)
      button.focus()
    },
    { signal }
  )
  sidebar.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[href]'))
        setOpen(false)
    },
    { signal }
  )
  signal.addEventListener('abort', () => backdrop.remove())
}
