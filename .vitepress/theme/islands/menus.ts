/**
 * The menus, as islands. The phone menu (NavMenu.vue) and "On this page"
 * (LocalNav.vue) are `<details>` that open and close without JavaScript;
 * these add what upstream's menus also do. The sidebar's "Menu" button
 * (LocalNav.vue) slides the sidebar in, as VitePress's layout does.
 */
import { onClick } from './on-click'

/** Escape closes `menu` and gives focus back to its toggle. */
function closeOnEscape(menu: HTMLDetailsElement, signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open) return
      menu.open = false
      menu.querySelector('summary')?.focus()
    },
    { signal }
  )
}

/** The phone menu also closes once the screen shows the navbar's links. */
export function startNavMenu(signal: AbortSignal): void {
  const menu = document.querySelector<HTMLDetailsElement>('details.NavMenu')
  if (!menu) return
  closeOnEscape(menu, signal)
  window.matchMedia('(min-width: 768px)').addEventListener(
    'change',
    (wide) => {
      if (wide.matches) menu.open = false
    },
    { signal }
  )
}

/**
 * The phone menu's groups of links (VPNavScreenMenuGroup) and language list
 * (VPNavScreenTranslations) fold on a tap. Built pages only: under
 * `npm run dev` they toggle themselves, and this would undo each tap.
 */
export function startNavScreenGroups(signal: AbortSignal): void {
  onClick(
    '.VPNavScreenTranslations > .title, .VPNavScreenMenuGroup > .button',
    (toggle) => {
      const open = toggle.parentElement?.classList.toggle('open')
      if (toggle.hasAttribute('aria-expanded'))
        toggle.setAttribute('aria-expanded', String(open))
    },
    signal
  )
}

/** "On this page" also closes on a click outside it and after a link in it. */
export function startOutlineMenu(signal: AbortSignal): void {
  const menu = document.querySelector<HTMLDetailsElement>(
    '.OutlineMenu details'
  )
  if (!menu) return
  closeOnEscape(menu, signal)
  document.addEventListener(
    'click',
    (event) => {
      if (!menu.open || !(event.target instanceof Node)) return
      if (!menu.contains(event.target)) menu.open = false
      else if (event.target instanceof Element && event.target.closest('a'))
        // After the link's own scroll (in-page-links.ts) has started.
        setTimeout(() => (menu.open = false))
    },
    { signal }
  )
}

/**
 * The sidebar's "Menu" opens it over a backdrop and moves focus into it;
 * Escape, a tap on the backdrop, or following a link closes it.
 */
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
