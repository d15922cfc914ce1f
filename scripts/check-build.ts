/**
 * Checks a built site (.vitepress/dist, or `--dir <folder>` for a build
 * written elsewhere): every internal link and `#fragment`, then every page
 * with html-validate and the project's `.htmlvalidate.mjs`. Both run, on one
 * reading of the build, and zero problems pass. The first check of `npm run
 * check:build`; run it after `npm run build`. It never fetches an external
 * link; `npm run check:external` does that where a network exists.
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
import { checkLinks, formatLinkProblem } from './lib/link-check'

const { values } = readCommandLine(commands.checkBuild)
const site = await readBuiltSite(values.dir)

/** Whether every internal link and fragment resolves. */
function linksResolve(): boolean {
  const report = checkLinks(site)
  for (const problem of report.problems)
    console.error(formatLinkProblem(problem))
  const summary =
    `${report.checked} internal links on ${report.pages} pages checked, ` +
    `${report.problems.length} broken; ${report.external.length} external links not fetched.`
  if (report.problems.length > 0) console.error(`\n${summary}`)
  else console.log(summary)
  return report.problems.length === 0
}

/** Whether every page is valid HTML. */
async function pagesValidate(): Promise<boolean> {
  const pages = [...site.files].filter((file) => file.endsWith('.html'))
  // The file-system loader finds .htmlvalidate.mjs as the CLI would.
  const validator = new HtmlValidate(new FileSystemConfigLoader())
  const results: Result[] = []
  for (const page of pages) {
    const report = await validator.validateFile(join(site.outDir, page))
    results.push(...report.results)
  }
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  if (errors === 0) {
    console.log(`${pages.length} pages are valid HTML.`)
    return true
  }
  // Paths relative to the project, as an editor can open them.
  const relativeResults = results.map((result) => ({
    ...result,
    filePath: relative(process.cwd(), result.filePath)
  }))
  console.error(formatterFactory('stylish')(relativeResults))
  console.error(
    `${errors} HTML errors in ${results.length} of ${pages.length} pages.`
  )
  return false
}

const linksOk = linksResolve()
const htmlOk = await pagesValidate()
if (!linksOk || !htmlOk) process.exit(1)
