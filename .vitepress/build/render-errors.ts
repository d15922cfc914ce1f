/**
 * The errors Vue reports while the build renders each page, by page, for
 * render-check.ts. The theme's server render and the site config share one
 * Node process but not their modules, so the map lives on `globalThis`.
 * Imported by the theme: keep it free of Node-only imports.
 */
import type { App } from 'vue'
import type { Router } from 'vitepress'

const registryKey = Symbol.for('community-docs.render-errors')

function registry(): Map<string, string[]> {
  const store = globalThis as { [registryKey]?: Map<string, string[]> }
  return (store[registryKey] ??= new Map())
}

export function recordRenderError(
  page: string,
  error: unknown,
  info: string
): void {
  const message = error instanceof Error ? error.message : String(error)
  const errors = registry().get(page) ?? []
  registry().set(page, [...errors, `${message} (in ${info})`])
}

/** The errors recorded for a page, forgotten once taken. */
export function takeRenderErrors(page: string): string[] {
  const errors = registry().get(page) ?? []
  registry().delete(page)
  return errors
}

/** Call from the theme's `enhanceApp` when `import.meta.env.SSR`. */
export function recordRenderErrors(app: App, router: Router): void {
  app.config.errorHandler = (error, _instance, info) =>
    recordRenderError(router.route.data.relativePath, error, info)
}
