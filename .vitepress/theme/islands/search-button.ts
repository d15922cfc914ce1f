/**
 * The search button (SearchButton.vue), as an island that loads search on
 * first use. Until then the page carries only this module's few lines: the
 * dialog, MiniSearch and the index load when the reader clicks the button,
 * presses `/` or Ctrl/⌘-K, and start loading as soon as the button has
 * focus or the pointer is over it, so the click finds them ready.
 */
type SearchDialog = typeof import('./search-dialog')

const button = document.querySelector<HTMLElement>('.DocSearch-Button')
let dialog: Promise<SearchDialog> | undefined

/** The dialog's module and this locale's index, loaded once. */
function load(): Promise<SearchDialog> {
  dialog ??= import('./search-dialog').then((module) => {
    if (button?.dataset.index)
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

async function open(): Promise<void> {
  if (!button) return
  const { openSearch } = await load()
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

if (button) {
  button.addEventListener('click', () => void open())
  for (const first of ['focus', 'pointerenter', 'touchstart'])
    button.addEventListener(first, () => void load(), {
      once: true,
      passive: true
    })
  window.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !isEditing(event.target))
    if (!shortcut) return
    event.preventDefault()
    void open()
  })
}

// A module, so that its names stay its own.
export {}
