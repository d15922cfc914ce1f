/**
 * A maintainer's mistake in the community config, a rule block or public/,
 * as the build and the content lint print it: one line naming the file (and line
 * or field), once, with no "failed to load config" from Vite and no stack
 * trace. Each stops while the config loads or the build starts, so each run
 * here takes seconds.
 */
import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import { loadSiteModel } from '../../.vitepress/site/load'
import { createSiteCopy, type SiteCopy } from '../../scripts/lib/site-copy'

const configFile = '.vitepress/community.ts'
const model = loadSiteModel()
const [rule] = model.rules

/** The mistake, the file it is made in, and the start of its one line. */
const mistakes = [
  {
    name: 'a site URL without its scheme',
    file: configFile,
    edit: (text: string) => {
      const url = community.site.url
      expect(text, `${configFile} writes site.url out`).toContain(`'${url}'`)
      return text.replace(`'${url}'`, `'${new URL(url).host}'`)
    },
    named: `${configFile}: site.url: `
  },
  {
    name: 'a rule id that is not kebab-case',
    file: rule?.source.replace(/:\d+$/, '') ?? '',
    edit: (text: string) => {
      const header = `::: rule ${rule?.id}`
      expect(text, 'the rule block').toContain(header)
      return text.replace(header, '::: rule Not_Kebab')
    },
    named: `${rule?.source}: the rule id "Not_Kebab" `
  },
  {
    name: 'a script in an SVG in public/',
    file: 'public/favicon.svg',
    edit: (text: string) => text.replace('</svg>', '<script/></svg>'),
    named: 'public/favicon.svg: <script> is not allowed in an SVG file',
    // The lint's naming of public/ files is hostile-content.spec.ts's; it
    // renders every page first, which would make this the slowest run here.
    buildOnly: true
  }
]

type Run = readonly [name: string, command: readonly [string, ...string[]]]
const lint: Run = [
  'the content lint',
  ['npx', 'tsx', 'scripts/lint-content.ts']
]
const build: Run = ['the build', ['npx', 'vitepress', 'build']]

const copies: SiteCopy[] = []
afterAll(() => copies.forEach((copy) => copy.dispose()))

describe.each(mistakes)('$name', ({ file, edit, named, buildOnly }) => {
  // The copy holds the file as a maintainer would have edited it.
  const copy = createSiteCopy({
    files: { [file]: edit(readFileSync(file, 'utf8')) }
  })
  copies.push(copy)

  test.each(buildOnly ? [build] : [lint, build])(
    '%s names it in one line',
    async (_, command) => {
      const result = await copy.run(command)
      const output = result.stdout + result.stderr
      expect(result.code, output).toBe(1)
      expect(output.split(named).length - 1, output).toBe(1)
      expect(output).not.toContain('failed to load config')
      expect(output).not.toMatch(/^\s+at /m)
    },
    // Each run loads the config in a new process: seconds alone, more
    // beside the rest of npm test.
    90_000
  )
})
