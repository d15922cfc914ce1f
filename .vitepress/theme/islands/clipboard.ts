/**
 * Copying in the browser, for the islands that copy. Only a write that the
 * Clipboard API confirmed counts; otherwise the caller hands the text over
 * selected. `document.execCommand('copy')` is not tried: it reports success
 * whether or not anything was copied.
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

/** Selects the text of an element, such as a `<pre>`, for a manual copy. */
export function selectContents(element: Element): void {
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}
