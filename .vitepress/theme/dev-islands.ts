/**
 * The islands under `npm run dev`. VitePress's dev server runs the site as
 * its SPA even in MPA mode, and an SPA loads no `<script client>`, so the
 * start in PageIslands.vue never runs there. This starts the same list
 * (islands/index.ts) once the app has rendered a page, and again after each
 * change of page or of its data (a Markdown edit), stopping the previous
 * page's islands first. The app itself copies code, switches code groups,
 * scrolls to in-page links, opens its own search box, folds the sidebar's
 * and the phone menu's groups and renders the 404 page in the address's
 * language, so those islands stay out (appIslands).
 *
 * Imported only in dev (index.ts), so the built pages never carry it.
 */
import type { Route } from 'vitepress'
import { watch } from 'vue'
import { componentIslands, startIslands } from './islands'

let page = new AbortController()

function restart(): void {
  page.abort()
  page = new AbortController()
  startIslands(componentIslands, page.signal)
}

/** Starts the islands on the rendered page, and again on every new page. */
export function followPages(route: Route): void {
  restart()
  watch(() => route.data, restart, { flush: 'post' })
}
