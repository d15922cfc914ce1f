/**
 * The Markdown lints as `npm test` runs them: the real tools, with this
 * project's config, on pages written to a scratch folder. Each tool runs
 * once over all its pages (starting one takes a second or two).
 */
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const projectRoot = resolve('.')
const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name)
const scratchFolders: string[] = []
afterAll(() => {
  for (const folder of scratchFolders)
    rmSync(folder, { recursive: true, force: true })
})

type Tool = 'markdownlint' | 'alex'

/**
 * Runs a lint in a scratch project with our config, over `docs/<name>.md`
 * for each page; returns each page's problem lines.
 */
function lint(tool: Tool, pages: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), `${tool}-`))
  scratchFolders.push(root)
  mkdirSync(join(root, 'docs'))
  for (const [name, page] of Object.entries(pages))
    writeFileSync(join(root, `docs/${name}.md`), page)
  for (const config of ['.markdownlint-cli2.jsonc', '.alexrc.yml'])
    copyFileSync(join(projectRoot, config), join(root, config))
  const [command, args]: [string, string[]] =
    tool === 'markdownlint'
      ? [bin('markdownlint-cli2'), []]
      : [
          bin('alex'),
          [
            `--reporter=${join(projectRoot, 'scripts/lib/alex-reporter.js')}`,
            'docs'
          ]
        ]
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
  const lines = `${result.stdout}${result.stderr}`.split('\n')
  return {
    status: result.status,
    problemsOf: (name: string) =>
      lines.filter((line) => line.startsWith(`docs/${name}.md:`))
  }
}

const frontmatter = '---\ntitle: A page\ndescription: What it is for.\n---\n\n'

describe('markdownlint with the project config', () => {
  const good =
    frontmatter +
    '# A page {#a-page}\n\n' +
    `${'A long line of prose that a maintainer wrote in the web editor.'.repeat(3)}\n\n` +
    '<ContactList />\n\n' +
    '| Column | Other |\n| --- | --- |\n| a much longer cell | b |\n'

  const badPages = [
    {
      name: 'two-titles',
      page: `${frontmatter}# One\n\n# Two\n`,
      problem:
        'docs/two-titles.md:8 error MD025/single-title/single-h1 Multiple top-level headings in the same document [Context: "Two"]'
    },
    {
      name: 'skipped-level',
      page: `${frontmatter}# Title\n\n### Too deep\n`,
      problem:
        'docs/skipped-level.md:8 error MD001/heading-increment Heading levels should only increment by one level at a time [Expected: h2; Actual: h3]'
    },
    {
      name: 'bare-url',
      page: `${frontmatter}# Title\n\nSee https://example.org for more.\n`,
      problem:
        'docs/bare-url.md:8:5 error MD034/no-bare-urls Bare URL used [Context: "https://example.org"]'
    }
  ]

  let result: ReturnType<typeof lint>
  beforeAll(() => {
    result = lint('markdownlint', {
      good,
      ...Object.fromEntries(badPages.map(({ name, page }) => [name, page]))
    })
  })

  test('fails the run when a page has a problem', () => {
    expect(result.status).toBe(1)
  })

  test('a page in the house style passes: long lines, components, loose tables', () => {
    expect(result.problemsOf('good')).toEqual([])
  })

  test.each(badPages)(
    '$name fails, naming the file and line',
    ({ name, problem }) => {
      expect(result.problemsOf(name)).toEqual([problem])
    }
  )
})

describe('alex with the project config', () => {
  const badPages = [
    {
      name: 'gendered',
      page: `${frontmatter}# Title\n\nAsk the chairman; he will help.\n`,
      problems: [
        'docs/gendered.md:8:9: `chairman` may be insensitive, use `chair`, `head`, `chairperson`, `coordinator`, `committee head`, `moderator`, `presiding officer` instead (chairman-chairwoman)',
        'docs/gendered.md:8:19: `he` may be insensitive, use `they`, `it` instead (he-she)'
      ]
    },
    {
      name: 'ableist',
      page: `${frontmatter}# Title\n\nThat idea is crazy.\n`,
      problems: [
        'docs/ableist.md:8:14: `crazy` may be insensitive, use `rude`, `malicious`, `mean`, `disgusting`, `incredible`, `vile`, `person with symptoms of mental illness`, `person with mental illness`, `person with symptoms of a mental disorder`, `person with a mental disorder` instead (nuts)'
      ]
    }
  ]

  let result: ReturnType<typeof lint>
  beforeAll(() => {
    result = lint('alex', {
      conduct: `${frontmatter}# Conduct\n\nNo violence, attacks or sexual harassment, so nobody lives in fear.\n`,
      ...Object.fromEntries(badPages.map(({ name, page }) => [name, page]))
    })
  })

  test('fails the run when a page has a problem', () => {
    expect(result.status).toBe(1)
  })

  test('a code of conduct may name what it forbids', () => {
    expect(result.problemsOf('conduct')).toEqual([])
  })

  test.each(badPages)(
    '$name wording fails, one line per problem with file and line',
    ({ name, problems }) => {
      expect(result.problemsOf(name)).toEqual(problems)
    }
  )
})
