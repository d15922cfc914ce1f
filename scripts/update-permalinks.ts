/**
 * `npm run permalinks:update`: adds the URLs of new pages, rules, short links
 * and redirects to `permalinks.json`. It never removes one: a published URL
 * stays published, through a redirect if its page goes.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { registryFile, updateRegistry } from '../.vitepress/links/permalinks'
import { loadSiteModel, projectRoot } from '../.vitepress/site/load'
import { publishedUrls } from './lib/site-links'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.updatePermalinks)

const file = join(projectRoot, registryFile)
const model = loadSiteModel()
const { registry: updated, added } = updateRegistry(
  model.registry,
  publishedUrls(model)
)
writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`)
console.log(
  added.length === 0
    ? `${registryFile} already lists every published URL (${updated.urls.length}).`
    : `Added ${added.length} URL${added.length === 1 ? '' : 's'} to ${registryFile}:\n${added.map((url) => `  ${url}`).join('\n')}`
)
