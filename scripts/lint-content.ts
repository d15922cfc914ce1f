/**
 * `npm run lint:content`: every problem the build would stop at in the
 * pages folder (docs/), listed at once with file, line and reason:
 *
 * - first, alone, before the config is read (content/includes.ts): files
 *   docs/ may not hold (anything but pages and images, dotfiles, symlinks),
 *   frontmatter that breaks the schema or that gray-matter would run as
 *   code, and includes of anything but a `.md` file under docs/;
 * - frontmatter keys and values (content/page-schema.ts);
 * - everything the page sanitizer removes (content/sanitize.ts), and any
 *   `<script>` or `<style>` block;
 * - files in public/ that are not passive (content/public-files.ts).
 *
 * Each page is rendered with the site's own Markdown renderer and plugins,
 * the page plugin collecting problems instead of failing on the first.
 * Included files are checked as the files they are.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMarkdownRenderer, resolveConfig } from 'vitepress'
import { listFiles } from '../.vitepress/build/files'
import { isContentError } from '../.vitepress/content-error'
import {
  expandIncludes,
  includeProblems,
  pagesFolderProblems
} from '../.vitepress/content/includes'
import { publicFolderProblems } from '../.vitepress/content/public-files'
import type { ContentProblem } from '../.vitepress/content/problems'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.lintContent)

/**
 * Prints each problem once (one in an included file is found in each page
 * that includes it) and, if there are any, `summary` of their count, and
 * exits 1.
 */
function report(
  problems: ContentProblem[],
  summary: (count: number) => string
) {
  const lines = new Set(
    problems.map(
      ({ file, line, message }) =>
        `${file}${line ? `:${line}` : ''}: ${message}`
    )
  )
  for (const line of lines) console.error(line)
  if (lines.size === 0) return
  console.error(`\n${summary(lines.size)}`)
  process.exit(1)
}

/** A mistake in the content stops the lint, printed as the build does. */
function exitOnContentError(error: unknown): never {
  if (!isContentError(error)) throw error
  console.error(error.message)
  process.exit(1)
}

// What docs/ holds and each page's frontmatter and includes, before
// resolveConfig: it runs `docs/[x].paths.mjs` files, the site model it loads
// reads every page's frontmatter, and config.mts stops at the first of these
// problems. So these are listed alone; the sanitizer's come once they are
// fixed.
report(
  pagesFolderProblems('docs'),
  (count) => `${count} content problems in docs/.`
)

// The config loads the community config and the site model, which reads
// every rule block: a mistake in either stops it. Load them first, so that
// the mistake is printed alone, without Vite's "failed to load config" line
// or a stack trace. (Imported here: the community config checks itself as it
// loads.)
await import('../.vitepress/site/load')
  .then(({ loadSiteModel }) => loadSiteModel())
  .catch(exitOnContentError)
const config = await resolveConfig(process.cwd(), 'build', 'production').catch(
  exitOnContentError
)
// Highlighting changes no tag that the sanitizer decides on: skip it.
const md = await createMarkdownRenderer(
  config.srcDir,
  { ...config.markdown, highlight: () => '' },
  config.site.base,
  config.logger
)

const pages = listFiles(config.srcDir).filter(
  (file) => file.endsWith('.md') && !file.includes('node_modules/')
)

// public/ is served as it is: only passive files.
const problems: ContentProblem[] = publicFolderProblems('public')
for (const page of pages) {
  const source = readFileSync(join(config.srcDir, page), 'utf8')
  problems.push(...includeProblems(config.srcDir, page, source))
  // As the build sees the page: its includes expanded. The page plugin
  // names the included file and line of a problem in included text.
  let expanded = { text: source, files: [] as string[] }
  try {
    expanded = expandIncludes(config.srcDir, page, source)
  } catch (error) {
    // An included file that cannot be read is reported as itself.
    if (!isContentError(error)) throw error
  }
  // The page plugin reads the frontmatter first, and never hands a page it
  // cannot read safely to VitePress's gray-matter.
  md.render(expanded.text, {
    path: join(config.srcDir, page),
    relativePath: page,
    cleanUrls: config.cleanUrls,
    includes: expanded.files.map((file) => join(config.srcDir, file)),
    contentProblems: problems
  })
}

const summary = (count: number) =>
  `${pages.length} Markdown files checked, ${count} content problems.`
report(problems, summary)
console.log(summary(0))
