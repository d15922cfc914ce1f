/**
 * Copying text in the browser, shared by the islands that copy (the copy
 * buttons of rule cards and of CopyableText).
 *
 * Only a write the Clipboard API confirmed counts as copied. Without that
 * confirmation (no API on an insecure origin or an old browser, or a refusal)
 * the caller hands the text over selected, for the reader to copy by hand;
 * `document.execCommand('copy')` is not tried, as it reports success whether
 * or not anything was copied.
 */

/** Whether the browser confirmed that `text` is on the clipboard. */
export async function writeToClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Focuses a read-only field holding `text`, with all of it selected. */
export function selectInField(field: HTMLTextAreaElement, text: string): void {
  field.value = text
  field.focus()
  field.select()
}

/** Selects the text of an element, such as a `<pre>`, for a manual copy. */
export function selectContents(element: Element): void {
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}
