/**
 * `npm run lint:pages`: the frontmatter every page needs (title,
 * description) and, on policy pages, version, effectiveDate and changelog.
 * Prints one `file:line: message` per problem; exits 1 when there is one.
 * The rules live in `.vitepress/policy/frontmatter.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkPageFrontmatter } from '../.vitepress/policy/frontmatter'
import { isPolicyFile } from '../.vitepress/policy/policies'

const pagesFolder = 'docs'

/** Every Markdown page under docs/, as `docs/…` paths with forward slashes. */
function markdownPages(): string[] {
  return readdirSync(pagesFolder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(pagesFolder, path).split('\\').join('/'))
    .sort()
}

const pages = markdownPages()
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
