import { useCssVar, useElementSize } from '@vueuse/core'
import { onBeforeUnmount, watch, type Ref } from 'vue'

/**
 * Keeps VitePress's `--vp-layout-top-height` equal to the height of what we
 * put in the `layout-top` slot, so the fixed navbar, sidebar and content sit
 * below it. Measured, not fixed: the text wraps on phones and grows when a
 * reader enlarges text. Before the page is interactive, the CSS fallback of
 * the component that calls this keeps the layout close.
 */
export function useLayoutTopHeight(element: Ref<HTMLElement | null>): void {
  const { height } = useElementSize(element, undefined, { box: 'border-box' })
  // The default target is <html>; undefined during server rendering.
  const layoutTopHeight = useCssVar('--vp-layout-top-height')
  watch(height, (value) => {
    if (value > 0) layoutTopHeight.value = `${Math.ceil(value)}px`
  })
  onBeforeUnmount(() => {
    layoutTopHeight.value = ''
  })
}
