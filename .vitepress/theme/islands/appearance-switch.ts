/**
 * The dark-mode switches (AppearanceSwitch.vue). VitePress's inline script
 * puts `dark` on `<html>` before the first paint; this keeps every switch in
 * step with it, and a click flips it and stores the choice as VitePress's
 * `useDark` does: "auto" when it is the system's, so a later change of the
 * system setting still counts. Transitions are off while colours change.
 */
import { onClick } from './on-click'

const storageKey = 'vitepress-theme-appearance'

function showState(): void {
  const dark = document.documentElement.classList.contains('dark')
  for (const button of document.querySelectorAll<HTMLElement>(
    '.AppearanceSwitch'
  )) {
    button.setAttribute('aria-checked', String(dark))
    button.title =
      (dark ? button.dataset.lightTitle : button.dataset.darkTitle) ?? ''
  }
}

function apply(dark: boolean): void {
  const root = document.documentElement
  root.classList.add('switching-appearance')
  root.classList.toggle('dark', dark)
  // Compute styles now, while transitions are off, then turn them back on.
  void getComputedStyle(root).color
  root.classList.remove('switching-appearance')
  showState()
}

function storedChoice(): string {
  try {
    return localStorage.getItem(storageKey) ?? 'auto'
  } catch {
    return 'auto'
  }
}

function store(dark: boolean, systemDark: boolean): void {
  const choice = dark === systemDark ? 'auto' : dark ? 'dark' : 'light'
  try {
    localStorage.setItem(storageKey, choice)
  } catch {
    // Storage is off (a private window, a policy): the choice lasts the page.
  }
}

/** Serves every switch on the page, until `signal` aborts. */
export function startAppearanceSwitch(signal: AbortSignal): void {
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)')
  onClick(
    '.AppearanceSwitch',
    () => {
      const dark = !document.documentElement.classList.contains('dark')
      apply(dark)
      store(dark, systemDark.matches)
    },
    signal
  )
  systemDark.addEventListener(
    'change',
    ({ matches }) => {
      if (storedChoice() === 'auto') apply(matches)
    },
    { signal }
  )
  showState()
}
