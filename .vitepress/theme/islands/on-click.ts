/**
 * One click listener on the document for the islands, which serve elements
 * by their markup: `handler` gets the element matching `selector` that the
 * click landed in, until `signal` aborts.
 */
export function onClick(
  selector: string,
  handler: (element: HTMLElement) => void,
  signal: AbortSignal
): void {
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element)) return
      const element = event.target.closest<HTMLElement>(selector)
      if (element) handler(element)
    },
    { signal }
  )
}
