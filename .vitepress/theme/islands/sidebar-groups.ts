/**
 * Collapsible sidebar groups (SidebarGroup.vue, VitePress's VPSidebarItem),
 * as an island: a click on a group's title or caret, or Enter on it, folds
 * or unfolds the group, as upstream does. Carets animate only once the
 * page has loaded, so a group that starts folded does not swing into place.
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

/** A group title that is a button (no link of its own), or its caret. */
function controlOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null
  const caret = target.closest(`${collapsible} > .item > .caret`)
  if (caret) return caret
  const title = target.closest(`${collapsible} > .item`)
  return title && !target.closest('a[href]') ? title : null
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
  const loaded = setTimeout(() => {
    for (const group of document.querySelectorAll('.VPSidebar .no-transition'))
      group.classList.remove('no-transition')
  }, 300)
  signal.addEventListener('abort', () => clearTimeout(loaded))
}
