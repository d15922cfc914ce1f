/**
 * Every island, in two lists, for both ways a page runs:
 *
 * - the built site (MPA mode) loads no Vue app: PageIslands.vue's
 *   `<script client>` starts the islands once, when the page loads;
 * - `npm run dev` is VitePress's SPA, which loads no `<script client>`:
 *   ../dev-islands.ts starts them after each page renders, and stops the
 *   previous page's first (their signal aborts), so no listener is added
 *   twice.
 *
 * A new island goes in one of the two lists below and nowhere else:
 * appIslands if VitePress's app already does its job under dev,
 * componentIslands if not. It listens with `{ signal }`, and undoes anything else it set up (a
 * timer, an element of its own) when the signal aborts.
 */
import { startAppearanceSwitch } from './appearance-switch'
import { startCodeCopy } from './code-copy'
import { startCopyButtons } from './copy-buttons'
import { startInPageLinks } from './in-page-links'
import { followLayoutTopHeight } from './layout-top-height'
import { startLinkedRule } from './linked-rule'
import { startLocalTimes } from './local-time'
import { startNavMenu } from './nav-menu'
import { startNavScreenGroups } from './nav-screen-groups'
import { showNotFoundLocale } from './not-found-locale'
import { startOutlineActive } from './outline-active'
import { startOutlineMenu } from './outline-menu'
import { startSearchButton } from './search-button'
import { animateSidebarCarets, startSidebarGroups } from './sidebar-groups'
import { startSidebarMenu } from './sidebar-menu'

/** Starts an island on the page, to run until `signal` aborts. */
export type Island = (signal: AbortSignal) => void

/**
 * What VitePress's own app does wherever it runs (1.6.4: useCopyCode,
 * useCodeGroups and the router in src/client/app; VPNavBarSearch opens its
 * own search box on a click, `/` or Ctrl/⌘-K; VPSidebarItem,
 * VPNavScreenMenuGroup and VPNavScreenTranslations fold themselves; the
 * app renders the 404 page in the address's locale): needed only where
 * there is no app, the built pages. Under the app they would act twice, or
 * rewrite what Vue owns.
 */
export const appIslands: readonly Island[] = [
  startCodeCopy,
  startInPageLinks,
  startSearchButton,
  startSidebarGroups,
  startNavScreenGroups,
  showNotFoundLocale
]

/** Our components' islands (the components name theirs), needed everywhere. */
export const componentIslands: readonly Island[] = [
  startAppearanceSwitch,
  startNavMenu,
  startSidebarMenu,
  animateSidebarCarets,
  startOutlineMenu,
  startOutlineActive,
  (signal) => followLayoutTopHeight('.PreviewBanner', signal),
  startLinkedRule,
  startCopyButtons,
  startLocalTimes
]

/** Starts `islands` on the page, to run until `signal` aborts. */
export function startIslands(
  islands: readonly Island[],
  signal: AbortSignal
): void {
  for (const start of islands) start(signal)
}
