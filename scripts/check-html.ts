/**
 * Validates every built page (every `.html` file in .vitepress/dist, or `--dir
 * <folder>`) with html-validate and the project's `.htmlvalidate.mjs`; the
 * second check of `npm run check:build`. Zero errors pass. Run it after
 * `npm run build`.
 */
import { join, relative } from 'node:path'
import {
  FileSystemConfigLoader,
  formatterFactory,
  HtmlValidate,
  type Result
} from 'html-validate'
import { readBuiltSite } from './lib/built-site'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { values } = readCommandLine(commands.checkHtml)

const site = await readBuiltSite(values.dir)
const { outDir } = site
const pages = [...site.files].filter((file) => file.endsWith('.html'))

// The file-system loader finds .htmlvalidate.mjs as the CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader())
const results: Result[] = []
for (const page of pages) {
  const report = await validator.validateFile(join(outDir, page))
  results.push(...report.results)
}

const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
if (errors > 0) {
  // Paths relative to the project, as an editor can open them.
  const relativeResults = results.map((result) => ({
    ...result,
    filePath: relative(process.cwd(), result.filePath)
  }))
  console.error(formatterFactory('stylish')(relativeResults))
  console.error(
    `${errors} HTML errors in ${results.length} of ${pages.length} pages.`
  )
  process.exit(1)
}
console.log(`${pages.length} pages are valid HTML.`)
