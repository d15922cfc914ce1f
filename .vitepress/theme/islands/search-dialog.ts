/**
 * The search dialog, loaded on first use (search-button.ts). It searches
 * VitePress's local search index, written as JSON per locale
 * (build/search-index.ts), with VPLocalSearchBox's MiniSearch options
 * (1.6.4): every section is an entry, so every rule is its own result. A
 * modal `<dialog>` keeps focus and closes on Escape. Results are DOM nodes
 * built from the index's text, never HTML.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import { fillParts } from '../../i18n/texts'

/** What the index stores of each section. */
interface Section {
  title: string
  titles: string[]
}

/** The dialog's texts, in the page's language: the search button's data
 * attributes (SearchButton.vue). `noResults` has a `{query}` slot. */
const textNames = [
  'label',
  'placeholder',
  'results',
  'noResults',
  'close',
  'error'
] as const
type DialogTexts = Record<(typeof textNames)[number], string>

const indexes = new Map<string, Promise<MiniSearch<Section>>>()

/** Starts loading a locale's index (on focus or hover of the button). */
export function loadIndex(url: string): Promise<MiniSearch<Section>> {
  let index = indexes.get(url)
  if (!index) {
    index = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`)
        return response.text()
      })
      .then((json) =>
        MiniSearch.loadJSON<Section>(json, {
          fields: ['title', 'titles', 'text'],
          storeFields: ['title', 'titles'],
          searchOptions: {
            fuzzy: 0.2,
            prefix: true,
            boost: { title: 4, text: 2, titles: 1 }
          }
        })
      )
    // A failed load is tried again on the next use.
    index.catch(() => indexes.delete(url))
    indexes.set(url, index)
  }
  return index
}

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `text` as nodes, with the matched terms in `<mark>`. */
function highlighted(text: string, terms: readonly string[]): Node[] {
  if (!terms.length) return [document.createTextNode(text)]
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'gi')
  return text.split(pattern).map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part)
    const mark = document.createElement('mark')
    mark.textContent = part
    return mark
  })
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = []
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

function resultItem(result: SearchResult): HTMLLIElement {
  const { title, titles } = result as SearchResult & Section
  const link = element('a', { className: 'result', href: String(result.id) }, [
    element('span', { className: 'titles' }, [titles.join(' > ')]),
    element('span', { className: 'title' }, highlighted(title, result.terms))
  ])
  // Named by the whole path, as VitePress's results are.
  link.setAttribute('aria-label', [...titles, title].join(' > '))
  return element('li', {}, [link])
}

/**
 * "No results for {query}" as nodes: the words typed stay text, never HTML,
 * in a `<bdi>`, so that a query in one direction does not reorder the
 * sentence around it in the other.
 */
export function noResults(text: string, query: string): Node[] {
  return fillParts(text, { query }).map((part) =>
    part.slot
      ? element('bdi', {}, [part.text])
      : document.createTextNode(part.text)
  )
}

function createDialog(texts: DialogTexts, indexUrl: string) {
  const input = element('input', {
    type: 'search',
    className: 'search-input',
    placeholder: texts.placeholder,
    autocomplete: 'off',
    spellcheck: false,
    enterKeyHint: 'go'
  })
  input.setAttribute('aria-label', texts.label)
  input.setAttribute('aria-controls', 'search-results')
  const close = element('button', { type: 'button', className: 'close' }, [
    texts.close
  ])
  const list = element('ul', { id: 'search-results', className: 'results' })
  list.setAttribute('aria-label', texts.results)
  const status = element('p', { className: 'status' })
  status.setAttribute('role', 'status')
  const icon = element('span', { className: 'vpi-search search-icon' })
  icon.setAttribute('aria-hidden', 'true')
  const form = element('form', { className: 'search-bar', method: 'dialog' }, [
    icon,
    input,
    close
  ])
  form.setAttribute('role', 'search')
  const dialog = element(
    'dialog',
    { className: 'VPLocalSearchBox SearchDialog' },
    [form, status, list]
  )
  dialog.setAttribute('aria-label', texts.label)

  let selected = 0
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')]
  const select = (index: number) => {
    const all = links()
    if (!all.length) return
    selected = (index + all.length) % all.length
    all.forEach((link, each) =>
      link.classList.toggle('selected', each === selected)
    )
    all[selected]?.scrollIntoView({ block: 'nearest' })
  }

  let query = 0
  const search = async () => {
    const text = input.value.trim()
    const current = ++query
    let index: MiniSearch<Section>
    try {
      index = await loadIndex(indexUrl)
    } catch {
      status.textContent = texts.error
      return
    }
    if (current !== query) return
    const results = text ? index.search(text).slice(0, 16) : []
    list.replaceChildren(...results.map(resultItem))
    status.replaceChildren(
      ...(text && !results.length ? noResults(texts.noResults, text) : [])
    )
    select(0)
  }

  input.addEventListener('input', () => void search())
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      select(selected + (event.key === 'ArrowDown' ? 1 : -1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      links()[selected]?.click()
    } else if (event.key === 'Escape') {
      // A search field's own Escape only empties it; close, as upstream.
      event.preventDefault()
      dialog.close()
    }
  })
  close.addEventListener('click', () => dialog.close())
  dialog.addEventListener('click', (event) => {
    // The backdrop is the dialog itself; a result link leaves the page.
    if (event.target === dialog) dialog.close()
    else if (event.target instanceof Element && event.target.closest('a'))
      dialog.close()
  })
  document.body.append(dialog)
  return { dialog, input, search }
}

let opened: ReturnType<typeof createDialog> | undefined

/** Opens the search dialog for the locale of `button`. */
export function openSearch(button: HTMLElement): void {
  const { dataset } = button
  const texts = Object.fromEntries(
    textNames.map((name) => [name, dataset[name] ?? ''])
  ) as DialogTexts
  opened ??= createDialog(texts, dataset.index ?? '')
  if (opened.dialog.open) return
  opened.dialog.showModal()
  opened.input.select()
  if (opened.input.value) void opened.search()
}
