/**
 * The islands under `npm run dev`, VitePress's SPA, which loads no
 * `<script client>`: the component islands (islands/index.ts) start once
 * the app has rendered a page, and again after each change of page or of
 * its data (a Markdown edit), the previous page's stopped first. Imported
 * only in dev (index.ts), so built pages never carry it.
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
