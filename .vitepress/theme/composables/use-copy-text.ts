import { useClipboard } from '@vueuse/core'

/**
 * Copies text to the clipboard. `copied` is true for a moment afterwards, so
 * a button can say so. `legacy` falls back to `execCommand('copy')` where the
 * Clipboard API is missing, such as a preview served over plain http.
 */
export function useCopyText(copiedDuring = 2000) {
  const { copy, copied, isSupported } = useClipboard({
    legacy: true,
    copiedDuring
  })
  return { copy: (text: string) => copy(text), copied, isSupported }
}
