/**
 * Checks every internal link and `#fragment` in the built site
 * (.vitepress/dist); the first check of `npm run check:build`. Run it after
 * `npm run build`. It never fetches an external link; `npm run
 * check:external` does that where a network exists. `--dir <folder>`
 * checks another build.
 */
import { readBuiltSite } from './lib/built-site'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { checkLinks, formatLinkProblem } from './lib/link-check'

const { values } = readCommandLine(commands.checkLinks)

const report = checkLinks(await readBuiltSite(values.dir))
for (const problem of report.problems) console.error(formatLinkProblem(problem))
const summary =
  `${report.checked} internal links on ${report.pages} pages checked, ` +
  `${report.problems.length} broken; ${report.external.length} external links not fetched.`
if (report.problems.length > 0) {
  console.error(`\n${summary}`)
  process.exit(1)
}
console.log(summary)
