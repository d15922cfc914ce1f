/**
 * The collapsible parts of the phone menu's screen, as an island: upstream's
 * groups of links (VPNavScreenMenuGroup) and its language list
 * (VPNavScreenTranslations) open and close on a tap, as they do in
 * VitePress's app. Built pages only: under `npm run dev` those components
 * toggle themselves, and this would undo each of their taps.
 */
/** Serves the phone menu's groups and language list, until `signal` aborts. */
export function startNavScreenGroups(signal: AbortSignal): void {
  const menu = document.querySelector('details.NavMenu')
  menu?.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element)) return
      const toggle = event.target.closest(
        '.VPNavScreenTranslations > .title, .VPNavScreenMenuGroup > .button'
      )
      if (!toggle?.parentElement) return
      const open = toggle.parentElement.classList.toggle('open')
      if (toggle.hasAttribute('aria-expanded'))
        toggle.setAttribute('aria-expanded', String(open))
    },
    { signal }
  )
}
