/**
 * Collapsible sidebar groups (VitePress's VPSidebarItem, which folds itself
 * under `npm run dev` only): a click on a group's caret, or on the title of a
 * group that is not a link, or Enter on either, folds it, as upstream does.
 */
const collapsible = '.VPSidebarItem.collapsible'

function toggle(control: Element): void {
  const item = control.closest(collapsible)
  if (!item) return
  const collapsed = item.classList.toggle('collapsed')
  control
    .closest(`${collapsible} > .item`)
    ?.setAttribute('aria-expanded', String(!collapsed))
}

/**
 * What folds a group, as in upstream's VPSidebarItem (onCaretClick,
 * onItemInteraction): its caret, or, for a group that is not a link itself,
 * anywhere on its title row. A group that is a link folds by its caret
 * alone; the rest of its row belongs to the link.
 */
function controlOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null
  const caret = target.closest(`${collapsible} > .item > .caret`)
  if (caret) return caret
  const title = target.closest(`${collapsible} > .item`)
  return title && !title.querySelector(':scope > .link') ? title : null
}

/** Serves the sidebar's groups, until `signal` aborts. */
export function startSidebarGroups(signal: AbortSignal): void {
  document.addEventListener(
    'click',
    (event) => {
      const control = controlOf(event.target)
      if (control) toggle(control)
    },
    { signal }
  )
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter') return
      const control = controlOf(event.target)
      if (control && control === event.target) toggle(control)
    },
    { signal }
  )
}

/**
 * Lets the carets animate once the page has loaded, so a group that starts
 * folded does not swing into place (SidebarGroup.vue's `no-transition`).
 */
export function animateSidebarCarets(signal: AbortSignal): void {
  const loaded = setTimeout(() => {
    for (const group of document.querySelectorAll('.VPSidebar .no-transition'))
      group.classList.remove('no-transition')
  }, 300)
  signal.addEventListener('abort', () => clearTimeout(loaded))
}
