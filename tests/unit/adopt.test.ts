import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import {
  permalinkProblems,
  registryFile,
  type PermalinkRegistry
} from '../../.vitepress/links/permalinks'
import {
  checkRedirects,
  redirectsSource,
  type Redirect
} from '../../.vitepress/links/redirect-check'
import {
  applyAdoption,
  describeSteps,
  legacySocialCards,
  pinnedFactsTest,
  planAdoption
} from '../../scripts/adopt/reset'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A throwaway copy of the files the adopt step owns, as a clone has them. */
function siteCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'adopt-'))
  for (const file of [registryFile, redirectsSource, pinnedFactsTest]) {
    const from = join(projectRoot, file)
    mkdirSync(dirname(join(root, file)), { recursive: true })
    if (existsSync(from)) cpSync(from, join(root, file))
    else writeFileSync(join(root, file), '// pinned facts\n')
  }
  // Type-only import of the redirects file, resolved in the copy.
  cpSync(
    join(projectRoot, '.vitepress/links'),
    join(root, '.vitepress/links'),
    { recursive: true }
  )
  mkdirSync(join(root, legacySocialCards), { recursive: true })
  writeFileSync(join(root, legacySocialCards, 'site.png'), 'png')
  return root
}

describe('npm run adopt, on a copy of this site', () => {
  const root = siteCopy()
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const before = planAdoption(root)

  test('plans one step per file of the previous community, touching nothing', () => {
    expect(before.map(({ action, file }) => `${action} ${file}`)).toEqual([
      `reset ${registryFile}`,
      `reset ${redirectsSource}`,
      `delete ${pinnedFactsTest}`,
      `delete ${legacySocialCards}`
    ])
    expect(existsSync(join(root, pinnedFactsTest))).toBe(true)
  })

  test('says why for each step', () => {
    for (const line of describeSteps(before)) expect(line).toMatch(/: \S/)
  })

  test('leaves an empty registry, no redirects and no pinned facts', async () => {
    applyAdoption(root, before)
    const registry = JSON.parse(
      readFileSync(join(root, registryFile), 'utf8')
    ) as PermalinkRegistry
    expect(registry.urls).toEqual([])
    const { redirects } = (await import(join(root, redirectsSource))) as {
      redirects: Redirect[]
    }
    expect(redirects).toEqual([])
    expect(existsSync(join(root, pinnedFactsTest))).toBe(false)
    expect(existsSync(join(root, legacySocialCards))).toBe(false)
  })

  test("the result passes the build's link checks for any new site", async () => {
    const pages = ['/', '/guide', '/house-rules']
    expect(checkRedirects([], { pages, generated: [] })).toEqual([])
    const registry = JSON.parse(
      readFileSync(join(root, registryFile), 'utf8')
    ) as PermalinkRegistry
    expect(await permalinkProblems(registry, async () => undefined)).toEqual([])
  })

  test('a second run has nothing left to do', () => {
    expect(planAdoption(root)).toEqual([])
  })
})
