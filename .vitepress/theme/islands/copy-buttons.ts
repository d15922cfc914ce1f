/**
 * The copy buttons' island: a rule card's Copy link and Copy reminder, and
 * CopyableText's button. The server-rendered markup says everything, so no
 * Vue runs in the browser:
 *
 * - the box (`[data-copy-box]`) holds a `role="status"` message, and either
 *   a hidden manual-copy field (`[data-manual-copy]`: a label and a
 *   textarea) or the text itself, shown (`[data-copy-source]`);
 * - each button (`[data-copy]`) carries its text (`data-copy`, or empty to
 *   copy the source's text), its messages in the page's language
 *   (`data-copied`, `data-manual`), and for the field its label and height
 *   (`data-manual-label`, `data-manual-rows`); `data-copied-icon` is an
 *   optional mark before the copied message.
 *
 * One listener on the document serves every button, so the island costs
 * nothing on pages without one.
 */
import { selectContents, selectInField, writeToClipboard } from './clipboard'

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
    selectInField(field, text)
  } else if (source) {
    selectContents(source)
  }
}

/** Serves every copy button of the page, until `signal` aborts. */
export function startCopyButtons(signal: AbortSignal): void {
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>(
        'button[data-copy]'
      )
      if (button) void copyFrom(button)
    },
    { signal }
  )
}
