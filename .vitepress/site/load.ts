/**
 * Reads the site's sources from disk and builds the site model once per
 * build. The config, the data loaders (which VitePress bundles on their own)
 * and the scripts all call `loadSiteModel()` in one Node process, so the
 * model is kept on `globalThis`; it is built again only when a page file
 * changes (as in `vitepress dev`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { globSync } from 'tinyglobby'
import {
  registryComment,
  registryFile,
  type PermalinkRegistry
} from '../links/permalinks'
import { pagesFolder } from '../plugins/source-location'
import { community } from '../community'
import { fallbackFolder } from '../i18n/fallbacks'
import { redirects } from '../redirects'
import { siteRoot } from '../site-env'
import { buildSiteModel, type SiteModel } from './model'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const pagesRoot = join(projectRoot, pagesFolder)

/** The page files, as VitePress finds them (see its `resolvePages`). */
export function pageFiles(): string[] {
  return globSync(['**/*.md'], {
    cwd: pagesRoot,
    // Generated from the originals by i18n/fallbacks.ts, not sources.
    ignore: ['**/node_modules/**', '**/dist/**', `${fallbackFolder}/**`]
  }).sort()
}

/** `permalinks.json`, or an empty registry before the first one is written. */
export function loadRegistry(): PermalinkRegistry {
  const file = join(projectRoot, registryFile)
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as PermalinkRegistry)
    : { $comment: registryComment, urls: [] }
}

interface Cached {
  key: string
  model: SiteModel
}
const cacheSlot = Symbol.for('community-docs.site-model')
const cache = globalThis as { [cacheSlot]?: Cached }

/** The model; `siteUrl` (the published root) is the build's unless given. */
export function loadSiteModel(siteUrl = siteRoot): SiteModel {
  const files = pageFiles()
  const stamp = (path: string) =>
    `${path}@${existsSync(path) ? statSync(path).mtimeMs : 0}`
  const key = [
    siteUrl,
    stamp(join(projectRoot, registryFile)),
    ...files.map((file) => stamp(join(pagesRoot, file)))
  ].join('\n')
  if (cache[cacheSlot]?.key !== key) {
    cache[cacheSlot] = {
      key,
      model: buildSiteModel({
        pages: files.map((file) => ({
          file,
          text: readFileSync(join(pagesRoot, file), 'utf8')
        })),
        siteUrl,
        locales: Object.keys(community.translations?.locales ?? {}),
        redirects,
        registry: loadRegistry()
      })
    }
  }
  return cache[cacheSlot].model
}
