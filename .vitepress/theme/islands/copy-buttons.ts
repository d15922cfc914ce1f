/**
 * The copy buttons of rule cards (RuleCardActions.vue) and CopyableText, by
 * their markup: a box (`[data-copy-box]`) holds a `role="status"` message
 * and either a hidden manual-copy field (`[data-manual-copy]`) or the shown
 * text (`[data-copy-source]`). A button (`[data-copy]`) carries its text
 * (empty: the source's), its messages (`data-copied`, `data-manual`, an
 * optional `data-copied-icon`) and the field's label and rows.
 */
import { selectContents, writeToClipboard } from './clipboard'
import { onClick } from './on-click'

/** How long "Copied" stays, in milliseconds. */
const feedbackFor = 4000
const clearTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>()

function say(status: Element, message: string, icon?: string): void {
  const nodes: (Node | string)[] = [message]
  if (icon) {
    const mark = document.createElement('span')
    mark.className = 'status-icon'
    mark.ariaHidden = 'true'
    mark.textContent = icon
    nodes.unshift(mark, ' ')
  }
  status.replaceChildren(...nodes)
}

/** Copies the button's text, then says what happened. */
export async function copyFrom(button: HTMLElement): Promise<void> {
  const box = button.closest('[data-copy-box]')
  const status = box?.querySelector('[role="status"]')
  if (!box || !status) return
  const source = box.querySelector('[data-copy-source]')
  const text = button.dataset.copy || source?.textContent || ''
  const manual = box.querySelector<HTMLElement>('[data-manual-copy]')
  const data = button.dataset

  clearTimeout(clearTimers.get(status))
  // Empty the message first, so that copying twice is announced twice.
  status.replaceChildren()
  if (manual) manual.hidden = true
  if (await writeToClipboard(text)) {
    say(status, data.copied ?? '', data.copiedIcon)
    clearTimers.set(
      status,
      setTimeout(() => status.replaceChildren(), feedbackFor)
    )
    return
  }
  say(status, data.manual ?? '')
  const field = manual?.querySelector('textarea')
  if (manual && field) {
    const label = manual.querySelector('label')
    if (label) label.textContent = data.manualLabel ?? ''
    field.rows = Number(data.manualRows) || 2
    manual.hidden = false
    field.value = text
    field.focus()
    field.select()
  } else if (source) {
    selectContents(source)
  }
}

/** Serves every copy button of the page, until `signal` aborts. */
export function startCopyButtons(signal: AbortSignal): void {
  onClick('button[data-copy]', (button) => void copyFrom(button), signal)
}
