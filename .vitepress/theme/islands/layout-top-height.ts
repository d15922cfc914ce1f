/**
 * Keeps VitePress's `--vp-layout-top-height` equal to the height of what sits
 * in the `layout-top` slot (the preview banner), so the fixed navbar, sidebar
 * and content sit below it. Measured, not fixed: the text wraps on phones and
 * grows when a reader enlarges text. Until this runs, the banner's CSS
 * fallback keeps the layout close.
 */
export function followLayoutTopHeight(
  selector: string,
  signal: AbortSignal
): void {
  const element = document.querySelector(selector)
  if (!element) return
  const observer = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize ?? 0
    if (height > 0)
      document.documentElement.style.setProperty(
        '--vp-layout-top-height',
        `${Math.ceil(height)}px`
      )
  })
  observer.observe(element)
  signal.addEventListener('abort', () => observer.disconnect())
}
