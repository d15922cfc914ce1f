/**
 * Keeps `--vp-layout-top-height` equal to the preview banner's height, so
 * the fixed bars and the content sit below it: measured, as its text wraps
 * on phones and grows with the reader's text size.
 */
export function followLayoutTopHeight(signal: AbortSignal): void {
  const element = document.querySelector('.PreviewBanner')
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
