/**
 * The hostile corpus (tests/fixtures/hostile/): pages a stranger could
 * send in a pull request. Each must either be stopped, naming its file and
 * line, or build into a page that does nothing a reader did not ask for.
 *
 * All of them go into one throwaway copy of the site (docs/hostile/):
 *
 * 1. The content lint runs over the copy. It renders each page with the
 *    build's own Markdown renderer and page plugin, so what it names is
 *    what the build fails on. Every blank-line-separated block below a
 *    page's `# heading` is one attack, and must be named by its own line
 *    (an include may be named in the included file); a page whose attack
 *    is its frontmatter must be named at all.
 *    Files in public/ (tests/fixtures/hostile-public/) must each be named:
 *    only passive files, and SVG that only draws, may be there.
 * 2. Pages named `inert-*.md` hold what the sanitizer keeps (escaped Vue
 *    expressions, code, links): the lint must pass them, and the copy is
 *    built with only them. Each is then opened in Chromium as GitHub Pages
 *    would serve it: no _headers, and with the meta CSP taken out too, so
 *    that what is tested is the sanitizer, not the CSP behind it. Opening
 *    it must raise no dialog, log no marker, leave the page, contact no
 *    other host, or cover the page.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { expect, test } from '@playwright/test'
import { listFiles } from '../../.vitepress/build/files'
import { createSiteCopy, type SiteCopy } from '../../scripts/lib/site-copy'
import { waitForHydration } from './support/hydration'

const fixtures = 'tests/fixtures/hostile'
const folder = 'docs/hostile'
const publicFixtures = 'tests/fixtures/hostile-public'
const publicFolder = 'public/hostile'
const publicNames = readdirSync(publicFixtures).sort()
const names = readdirSync(fixtures).sort()
const pages = names.filter((name) => name.endsWith('.md') && !/^_/.test(name))
const inertPages = pages.filter((name) => name.startsWith('inert-'))
const stoppedPages = pages.filter((name) => !inertPages.includes(name))

/** The lines (1-based, first and last) of each attack in a page. */
function attacks(source: string): [number, number][] {
  const lines = source.split('\n')
  const heading = lines.findIndex((line) => line.startsWith('# '))
  const blocks: [number, number][] = []
  if (heading < 0) return blocks
  let start: number | undefined
  for (let index = heading + 1; index <= lines.length; index++) {
    const blank = (lines[index] ?? '').trim() === ''
    if (!blank && start === undefined) start = index + 1
    if (blank && start !== undefined) {
      blocks.push([start, index])
      start = undefined
    }
  }
  return blocks
}

interface Problem {
  file: string
  line?: number
}

function parseProblems(output: string): Problem[] {
  return [...output.matchAll(/^docs\/hostile\/([^:\s]+)(?::(\d+))?: /gm)].map(
    ([, file, line]) => ({ file: file ?? '', line: Number(line) || undefined })
  )
}

let site: SiteCopy
let server: Server | undefined

test.afterAll(() => {
  server?.close()
  site?.dispose()
})

test('every hostile page is stopped with its file and line, or is inert', async ({
  browser
}) => {
  test.setTimeout(15 * 60_000)
  site = createSiteCopy({
    files: Object.fromEntries([
      ...names.map((name) => [
        `${folder}/${name}`,
        readFileSync(join(fixtures, name))
      ]),
      ...publicNames.map((name) => [
        `${publicFolder}/${name}`,
        readFileSync(join(publicFixtures, name))
      ])
    ])
  })

  // The lint lists folder, frontmatter and include problems alone, before
  // the config is read (it ends with "… content problems in docs/."). Take
  // the pages it names out and run it again, until it gets to the sanitizer,
  // which lists what it removes from the rest.
  let output = ''
  const problems: Problem[] = []
  for (let pass = 0; pass < 10; pass++) {
    const lint = await site.run(['npx', 'tsx', 'scripts/lint-content.ts'])
    const passOutput = lint.stdout + lint.stderr
    output += passOutput
    expect(lint.code, passOutput).toBe(1)
    const found = parseProblems(passOutput)
    problems.push(...found)
    if (!passOutput.includes('content problems in docs/.')) break
    for (const { file } of found)
      rmSync(join(site.root, folder, file), { force: true })
  }
  expect(output, 'frontmatter code ran').not.toContain('HOSTILE-FRONTMATTER')
  expect(output).toContain('Markdown files checked')

  for (const page of stoppedPages) {
    const source = readFileSync(join(fixtures, page), 'utf8')
    const own = problems.filter((problem) => problem.file === page)
    const blocks = attacks(source)
    if (blocks.length === 0)
      expect.soft(own.length, `${page} is not named`).toBeGreaterThan(0)
    for (const [first, last] of blocks) {
      const text = source
        .split('\n')
        .slice(first - 1, last)
        .join('\n')
      const included = /@include:\s*\.\/(_[^\s]+\.md)/.exec(text)?.[1]
      const named = own.some(
        ({ line }) => line !== undefined && line >= first && line <= last
      )
      const namedInIncluded =
        included !== undefined &&
        problems.some((problem) => problem.file === included)
      expect
        .soft(named || namedInIncluded, `${page}:${first} is not named`)
        .toBe(true)
    }
  }
  for (const name of publicNames)
    expect
      .soft(output, `${publicFolder}/${name} is not named`)
      .toContain(`${publicFolder}/${name}: `)
  for (const page of inertPages)
    expect.soft(problems.filter((problem) => problem.file === page)).toEqual([])

  // Build with only the pages the sanitizer keeps.
  rmSync(join(site.root, publicFolder), { recursive: true, force: true })
  for (const name of names)
    if (!inertPages.includes(name))
      rmSync(join(site.root, folder, name), { force: true })
  const build = await site.build()
  expect(build.code, build.stdout + build.stderr).toBe(0)
  for (const file of listFiles(site.outDir).filter((f) => f.endsWith('.html')))
    writeFileSync(
      join(site.outDir, file),
      readFileSync(join(site.outDir, file), 'utf8').replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/gi,
        ''
      )
    )
  const files = sirv(site.outDir, { extensions: ['html'], dev: false })
  server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404
      response.end()
    })
  )
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  for (const page of inertPages) {
    const path = `/hostile/${page.replace(/\.md$/, '')}`
    const tab = await browser.newPage()
    const dialogs: string[] = []
    const markers: string[] = []
    const foreign: string[] = []
    const navigations: string[] = []
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    tab.on('console', (message) => {
      if (/hostile/i.test(message.text())) markers.push(message.text())
    })
    tab.on('request', (request) => {
      if (
        !request.url().startsWith(origin) &&
        !request.url().startsWith('data:')
      )
        foreign.push(request.url())
    })
    tab.on('framenavigated', (frame) => {
      if (frame === tab.mainFrame() && !frame.url().startsWith(origin + path))
        navigations.push(frame.url())
    })
    await tab.goto(origin + path)
    await waitForHydration(tab)
    await expect.soft(tab.locator('.vp-doc h1')).toBeVisible()
    // Vue expressions are shown as written, never evaluated.
    if (readFileSync(join(fixtures, page), 'utf8').includes('{{ constructor'))
      await expect
        .soft(tab.locator('.vp-doc'))
        .toContainText('{{ constructor.constructor(')
    const covering = await tab.evaluate(() => {
      const viewport = window.innerWidth * window.innerHeight
      return [...document.querySelectorAll('.vp-doc *')]
        .filter((element) => {
          const { position } = getComputedStyle(element)
          const { width, height } = element.getBoundingClientRect()
          return (
            /fixed|absolute|sticky/.test(position) &&
            width * height > viewport / 4
          )
        })
        .map((element) => element.outerHTML.slice(0, 80))
    })
    expect
      .soft({ page, dialogs, markers, foreign, navigations, covering })
      .toEqual({
        page,
        dialogs: [],
        markers: [],
        foreign: [],
        navigations: [],
        covering: []
      })
    await tab.close()
  }
})
