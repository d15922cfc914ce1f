/**
 * The last of `npm run lint:docs`: the frontmatter of every page (the keys of
 * .vitepress/content/page-schema.ts, a title and a description) and, on
 * policy pages, version, effectiveDate and changelog. Prints one
 * `file:line: message` per problem; exits 1 when there is one. The rules
 * live in `.vitepress/policy/frontmatter.ts`.
 */
import { readFileSync } from 'node:fs'
import { listFiles } from '../.vitepress/build/files'
import { checkPageFrontmatter } from '../.vitepress/policy/frontmatter'
import { isPolicyFile } from '../.vitepress/policy/policies'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.lintPages)

const pagesFolder = 'docs'

const pages = listFiles(pagesFolder)
  .filter((path) => path.endsWith('.md'))
  .map((path) => `${pagesFolder}/${path}`)
const problems = pages.flatMap((file) =>
  checkPageFrontmatter(file, readFileSync(file, 'utf8'), {
    policy: isPolicyFile(file)
  })
)

for (const problem of problems) console.error(problem)
console.log(
  problems.length === 0
    ? `Checked the frontmatter of ${pages.length} pages: no problems.`
    : `\n${problems.length} frontmatter ${problems.length === 1 ? 'problem' : 'problems'} in ${pages.length} pages.`
)
process.exit(problems.length === 0 ? 0 : 1)
