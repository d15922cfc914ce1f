/**
 * Writes VitePress's local search index as static JSON, one file a locale,
 * for the search island to fetch when a reader first opens search. In MPA
 * mode nothing imports the `@localSearchIndex` modules, so no index reaches
 * the output; VitePress's search plugin still builds them in the server
 * build (each rule its own section), and this emits them byte for byte as
 * `<outDir>/search-index/<locale>.json`.
 */
import type { Plugin } from 'vite'

/** VitePress's module ids (LOCAL_SEARCH_INDEX_REQUEST_PATH). */
const indexModule = '/@localSearchIndex'

/** Where the island fetches a locale's index, under the site's base. */
export const searchIndexPath = (locale: string): string =>
  `search-index/${locale}.json`

/** The locale keys in the module that lists the indexes. */
export function indexLocales(listModule: string): string[] {
  return [...listModule.matchAll(/"([^"]+)": \(\) => import\(/g)].map(
    (match) => match[1] ?? ''
  )
}

/** The index JSON in a locale's module: `export default "<json>"`. */
export function indexJson(localeModule: string): string {
  const literal = /^export default (".*")\s*$/s.exec(localeModule)?.[1]
  if (literal === undefined) {
    throw new Error(
      `VitePress's search index module no longer looks like \`export default "…"\`: "${localeModule.slice(0, 60)}…". See .vitepress/build/search-index.ts.`
    )
  }
  return JSON.parse(literal) as string
}

export function searchIndexPlugin(): Plugin {
  return {
    name: 'community-docs:search-index',
    apply: 'build',
    async buildEnd() {
      // Only the server build runs this plugin in MPA mode.
      const list = await this.load({ id: indexModule })
      const locales = indexLocales(list.code ?? '')
      if (locales.length === 0) {
        throw new Error(
          'VitePress built no local search index. Is `search.provider` still "local" in config.mts?'
        )
      }
      for (const locale of locales) {
        const module = await this.load({ id: `${indexModule}${locale}` })
        this.emitFile({
          type: 'asset',
          fileName: searchIndexPath(locale),
          source: indexJson(module.code ?? '')
        })
      }
    }
  }
}
