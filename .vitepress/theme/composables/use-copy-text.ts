import { shallowRef, type ShallowRef } from 'vue'
import { defaultNavigator, useClipboard, useTimeoutFn } from '@vueuse/core'

/** What the last copy did, for the reader to see and hear. */
export type CopyOutcome =
  | { state: 'idle' }
  /** The Clipboard API confirmed the write. */
  | { state: 'copied'; label: string }
  /** Unsupported or refused: the reader copies `text` by hand. */
  | { state: 'manual'; label: string; text: string }

export interface UseCopyTextOptions {
  /** How long "Copied" stays visible, in milliseconds. */
  feedbackFor?: number
}

/**
 * Copies text with @vueuse/core's `useClipboard`, and says whether it worked.
 *
 * `useClipboard().copy()` never fails: when the Clipboard API is missing or
 * refuses, it falls back to `document.execCommand('copy')` and reports
 * success whatever that returned (the maintainers prefer not to throw:
 * vueuse/vueuse#3298). So we hand it, through its `navigator` option, a
 * clipboard that notes when the browser confirmed the write. Without that
 * confirmation the outcome is `manual`, and the card shows the text, selected,
 * to copy by hand.
 */
export function useCopyText(options: UseCopyTextOptions = {}): {
  outcome: Readonly<ShallowRef<CopyOutcome>>
  copyText: (text: string, label: string) => Promise<void>
} {
  const outcome = shallowRef<CopyOutcome>({ state: 'idle' })
  let confirmed = false

  const browserClipboard = defaultNavigator?.clipboard
  // useClipboard reads only `navigator.clipboard.writeText` from this object.
  // With no Clipboard API (an insecure origin, an old browser) it has no
  // `clipboard`, and nothing is ever confirmed.
  const navigator = (browserClipboard
    ? {
        clipboard: {
          async writeText(text: string): Promise<void> {
            await browserClipboard.writeText(text)
            confirmed = true
          }
        }
      }
    : {}) as unknown as Navigator
  const { copy } = useClipboard({ navigator })

  const { start: clearLater, stop: keepFeedback } = useTimeoutFn(
    () => {
      if (outcome.value.state === 'copied') outcome.value = { state: 'idle' }
    },
    options.feedbackFor ?? 4000,
    { immediate: false }
  )

  async function copyText(text: string, label: string): Promise<void> {
    keepFeedback()
    // Empty the message first, so that copying twice is announced twice.
    outcome.value = { state: 'idle' }
    confirmed = false
    try {
      await copy(text)
    } catch {
      // The execCommand fallback can throw where it does not exist; the
      // outcome is the same as a refusal.
    }
    if (confirmed) {
      outcome.value = { state: 'copied', label }
      clearLater()
    } else {
      outcome.value = { state: 'manual', label, text }
    }
  }

  return { outcome, copyText }
}
