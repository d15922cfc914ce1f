/**
 * The search button (SearchButton.vue). The dialog, MiniSearch and the index
 * load on a click, `/` or Ctrl/⌘-K, and start loading as soon as the button
 * has focus or the pointer, so the click finds them ready.
 */
type SearchDialog = typeof import('./search-dialog')

let dialog: Promise<SearchDialog> | undefined

/** The dialog's module and the button's locale's index, loaded once. */
function load(button: HTMLElement): Promise<SearchDialog> {
  dialog ??= import('./search-dialog').then((module) => {
    if (button.dataset.index)
      module.loadIndex(button.dataset.index).catch(() => {
        // Shown when the reader searches; loaded again then.
      })
    return module
  })
  dialog.catch(() => {
    dialog = undefined
  })
  return dialog
}

async function open(button: HTMLElement): Promise<void> {
  const { openSearch } = await load(button)
  openSearch(button)
}

/** Whether the reader is typing, so `/` is a character and not a shortcut. */
function isEditing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  )
}

/** Serves the page's search button and shortcuts, until `signal` aborts. */
export function startSearchButton(signal: AbortSignal): void {
  const button = document.querySelector<HTMLElement>('.DocSearch-Button')
  if (!button) return
  button.addEventListener('click', () => void open(button), { signal })
  for (const first of ['focus', 'pointerenter', 'touchstart'])
    button.addEventListener(first, () => void load(button), {
      once: true,
      passive: true,
      signal
    })
  window.addEventListener(
    'keydown',
    (event) => {
      const shortcut =
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !isEditing(event.target))
      if (!shortcut) return
      event.preventDefault()
      void open(button)
    },
    { signal }
  )
}
