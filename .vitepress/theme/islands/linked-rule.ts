/**
 * The rule card that the `#fragment` names, by its id or a former id
 * (`data-rule-ids`), is marked `is-target` with a badge (`data-linked-label`),
 * on load and on every `hashchange`. Only the marked card holds a badge, so
 * the page has one. CSS `:target` would miss in-page-links.ts's moves, which
 * set the fragment with `history.pushState`.
 */

/** The id in the address's `#fragment`, decoded, or `''`. */
export function fragmentId(hash: string): string {
  if (hash.length < 2) return ''
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    // A malformed escape such as `#%E0` names no element.
    return ''
  }
}

/** Marks the card the address names, and unmarks every other. */
export function markLinkedRule(): void {
  const id = fragmentId(location.hash)
  for (const card of document.querySelectorAll<HTMLElement>(
    '[data-rule-ids]'
  )) {
    const ids = (card.dataset.ruleIds ?? '').split(' ')
    const isTarget = id !== '' && ids.includes(id)
    card.classList.toggle('is-target', isTarget)
    const badge = card.querySelector('.target-badge')
    if (isTarget && !badge) {
      const span = document.createElement('span')
      span.className = 'target-badge'
      span.textContent = card.dataset.linkedLabel ?? ''
      card.querySelector('[data-rule-number]')?.append(span)
    } else if (!isTarget) {
      badge?.remove()
    }
  }
}

/** Marks the linked rule now and after each change of the fragment, until `signal` aborts. */
export function startLinkedRule(signal: AbortSignal): void {
  markLinkedRule()
  addEventListener('hashchange', markLinkedRule, { signal })
}
