/**
 * `npm run translations:status`: which pages each locale has translated,
 * and whether each translation is current, stale (since when, how many
 * commits of the original) or missing, as a Markdown table.
 */
import { guardContent } from '../.vitepress/content-error'
import { statusTable, translationStatus } from '../.vitepress/i18n/status'
import { loadSiteModel, projectRoot } from '../.vitepress/site/load'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.translationsStatus)

const model = guardContent(() => loadSiteModel())
if (model.locales.length === 0) {
  console.log(
    'No translations: add `translations` to .vitepress/community.ts (see "Translating" in CONTRIBUTING.md).'
  )
} else {
  const rows = guardContent(() => translationStatus(model, projectRoot))
  console.log(statusTable(rows, model.locales))
}
