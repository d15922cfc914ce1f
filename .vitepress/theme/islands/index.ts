/**
 * Every island. Built pages (MPA mode, no Vue app) start both lists once,
 * from PageIslands.vue's `<script client>`. `npm run dev` is VitePress's SPA,
 * which loads no `<script client>`: ../dev-islands.ts starts
 * componentIslands after each page renders, and aborts the previous page's
 * signal first. So an island listens with `{ signal }` and undoes anything
 * else it set up (a timer, an element of its own) when the signal aborts.
 */
import { startAppearanceSwitch } from './appearance-switch'
import { startCodeCopy } from './code-copy'
import { startCopyButtons } from './copy-buttons'
import { startInPageLinks } from './in-page-links'
import { followLayoutTopHeight } from './layout-top-height'
import { startLinkedRule } from './linked-rule'
import { startLocalTimes } from './local-time'
import {
  startNavMenu,
  startNavScreenGroups,
  startOutlineMenu,
  startSidebarMenu
} from './menus'
import { showNotFoundLocale } from './not-found-locale'
import { startOutlineActive } from './outline-active'
import { startSearchButton } from './search-button'
import { animateSidebarCarets, startSidebarGroups } from './sidebar-groups'

/** Starts an island on the page, to run until `signal` aborts. */
export type Island = (signal: AbortSignal) => void

/**
 * What VitePress's app does itself wherever it runs (1.6.4: code copy and
 * groups, the router's scrolling, its own search box, folding groups, the
 * 404 page's locale): built pages only, as under the app they would act
 * twice, or rewrite what Vue owns.
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
  followLayoutTopHeight,
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
