/**
 * Keyboard checks: which controls a page offers, and what pressing Tab
 * through it reaches, with whether each stop shows where focus is.
 */
import type { Page } from '@playwright/test'

/** What the tests need to know about one control. */
export interface Control {
  /** Such as `a "Slack rules"` or `button "Search"`. */
  name: string
  /** Whether it shows a focus indicator (outline or box-shadow) while focused. */
  focusVisible: boolean
  /** Whether it is on screen and not transparent while focused. */
  onScreen: boolean
}

const attribute = 'data-e2e-control'

/**
 * Marks every control a keyboard user should reach: focusable elements in
 * the tab order that are rendered and not hidden. Returns their names in
 * document order.
 */
export async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((attribute) => {
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]'
    const describe = (element: Element) => {
      const label =
        element.getAttribute('aria-label') ??
        (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      const href = element.getAttribute('href')
      return `${element.tagName.toLowerCase()} "${label}"${href ? ` ${href}` : ''}`
    }
    const controls = [
      ...document.querySelectorAll<HTMLElement>(selector)
    ].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        !element.closest('[inert]') &&
        element.checkVisibility({ visibilityProperty: true })
    )
    return controls.map((element, index) => {
      element.setAttribute(attribute, String(index))
      return `${index}: ${describe(element)}`
    })
  }, attribute)
}

/** The control that has focus now, or null when focus is on the page itself. */
async function focusedControl(
  page: Page
): Promise<(Control & { index: string | null }) | null> {
  return page.evaluate((attribute) => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    // Jump focus styles to the end of their transitions (VitePress fades
    // heading anchors in over 0.25 s) to judge what the reader ends up seeing.
    for (const animation of element.getAnimations()) {
      if (animation instanceof CSSTransition) animation.finish()
    }
    // The indicator may be drawn by the element or, as on a stretched link
    // whose ::after covers a card, by one of its pseudo-elements.
    const indicates = (pseudo: string | null) => {
      const style = getComputedStyle(element, pseudo)
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      return outline || style.boxShadow !== 'none'
    }
    const box = element.getBoundingClientRect()
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth &&
      element.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true
      })
    const label =
      element.getAttribute('aria-label') ??
      (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
    return {
      index: element.getAttribute(attribute),
      name: `${element.tagName.toLowerCase()} "${label}"`,
      focusVisible: [null, '::before', '::after'].some(indicates),
      onScreen
    }
  }, attribute)
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes
 * back round, and returns every stop in order.
 */
export async function tabThrough(
  page: Page,
  limit: number
): Promise<(Control & { index: string | null })[]> {
  const stops: (Control & { index: string | null })[] = []
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab')
    const control = await focusedControl(page)
    if (!control) break
    if (
      stops.length > 0 &&
      control.index !== null &&
      control.index === stops[0]!.index
    )
      break
    stops.push(control)
  }
  return stops
}

/**
 * Tabs through the page from the top: the controls Tab never reaches, and
 * the stops that show no focus indicator or are off screen.
 */
export async function keyboardProblems(page: Page): Promise<{
  missed: string[]
  noFocusIndicator: string[]
  offScreen: string[]
}> {
  const controls = await markControls(page)
  const stops = await tabThrough(page, controls.length + 10)
  const reached = new Set(stops.map(({ index }) => index))
  return {
    missed:
      controls.length === 0
        ? ['no controls at all']
        : controls.filter((_, index) => !reached.has(String(index))),
    noFocusIndicator: stops
      .filter(({ focusVisible }) => !focusVisible)
      .map(({ name }) => name),
    offScreen: stops.filter(({ onScreen }) => !onScreen).map(({ name }) => name)
  }
}
