/**
 * `npm run permalinks:update`: adds the URLs of new pages, rules, short links
 * and redirects to `permalinks.json`. It never removes one: a published URL
 * stays published, through a redirect if its page goes.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  currentPermalinks,
  loadRegistry,
  registryComment,
  registryFile,
  updateRegistry
} from '../.vitepress/links/permalinks'
import { loadSiteSources, projectRoot } from './lib/site-links'

const file = join(projectRoot, registryFile)
const registry = existsSync(file)
  ? loadRegistry(projectRoot)
  : { $comment: registryComment, urls: [] }
const { registry: updated, added } = updateRegistry(
  registry,
  currentPermalinks((await loadSiteSources()).links)
)
writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`)
console.log(
  added.length === 0
    ? `${registryFile} already lists every published URL (${updated.urls.length}).`
    : `Added ${added.length} URL${added.length === 1 ? '' : 's'} to ${registryFile}:\n${added.map((url) => `  ${url}`).join('\n')}`
)
