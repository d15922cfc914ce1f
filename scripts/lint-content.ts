/**
 * `npm run lint:content`: the content-safety lint of every Markdown file in
 * the pages folder (docs/). See scripts/lib/content-safety.ts for what it
 * rejects and why. Each problem names the file and line.
 */
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createMarkdownRenderer, resolveConfig } from 'vitepress'
import { markdownComponentNames } from '../.vitepress/theme/markdown-components'
import {
  formatContentProblem,
  lintMarkdown,
  type ContentProblem
} from './lib/content-safety'
import { listFiles } from '../.vitepress/build/files'

const config = await resolveConfig(process.cwd(), 'build', 'production')
// VitePress's own parser with the site's Markdown settings and plugins. The
// lint only parses, so code highlighting is skipped.
const md = await createMarkdownRenderer(
  config.srcDir,
  { ...config.markdown, highlight: () => '' },
  config.site.base,
  config.logger
)

const pagesFolder = relative(process.cwd(), config.srcDir) || '.'
const files = listFiles(config.srcDir)
  .filter((file) => file.endsWith('.md') && !file.includes('node_modules/'))
  .map((file) => join(pagesFolder, file))

const problems: ContentProblem[] = []
for (const file of files) {
  problems.push(
    ...lintMarkdown(md, readFileSync(file, 'utf8'), file, {
      components: markdownComponentNames,
      pagesFolder,
      dataLoaderFolder: '.vitepress'
    })
  )
}

for (const problem of problems) console.error(formatContentProblem(problem))
const summary = `${files.length} Markdown files checked, ${problems.length} content-safety problems.`
if (problems.length > 0) {
  console.error(`\n${summary}`)
  process.exit(1)
}
console.log(summary)
