/**
 * `npm run bench`: builds the site and two references from the same
 * Markdown (see sites.ts), serves each with scripts/serve.ts as a host that
 * precompresses would, and measures every page of each: what a first visit
 * downloads (requests, and bytes by type, brotli and gzip) and Lighthouse's
 * mobile figures (the median of several runs), and how soon a tap on each
 * island works under a slow phone's profile (interactivity.ts). It prints
 * our figures with
 * their ratios to stock VitePress and to the plain-HTML floor, and writes
 * them to `.bench/results.json`.
 *
 * Slow (minutes) and never part of `npm test`: the figures vary with the
 * machine's load, so they inform, and no test asserts them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { chromium } from '@playwright/test'
import { pageFiles } from '../../.vitepress/site/load'
import { pagePath } from '../../.vitepress/site/paths'
import { launchOptions } from '../lib/browser'
import { readCommandLine } from '../lib/command-line'
import { commands } from '../lib/commands'
import { measureClicks, type PageClicks } from './interactivity'
import {
  measureFirstLoad,
  startLighthouse,
  type LighthouseFigures
} from './measure'
import {
  formatBuildTable,
  formatPageTable,
  pageFigures,
  siteNames,
  type Figures
} from './report'
import {
  benchDir,
  buildFloor,
  buildOurs,
  buildStock,
  copyOurs,
  precompress,
  projectRoot,
  siteDir,
  type OurConfig,
  type SiteName
} from './sites'

const { values: options } = readCommandLine(commands.bench)

const log = (message: string) => console.log(`[bench] ${message}`)
const servers: ChildProcess[] = []

/** Serves a site with scripts/serve.ts on a free port, in its own process so that Lighthouse never delays a response. */
function serve(dir: string): Promise<string> {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--dir',
      dir,
      '--port',
      '0',
      '--precompressed'
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  servers.push(server)
  return new Promise((resolve, reject) => {
    server.once('exit', (code) =>
      reject(new Error(`the server for ${dir} stopped (exit code ${code})`))
    )
    server.stdout?.on('data', (chunk: Buffer) => {
      const url = /at (http:\/\/\S+)/.exec(chunk.toString())?.[1]
      if (url) resolve(url)
    })
  })
}

const bySite = <T>(make: (site: SiteName) => T) =>
  Object.fromEntries(siteNames.map((site) => [site, make(site)])) as Record<
    SiteName,
    T
  >

async function main(): Promise<void> {
  const lighthouseRuns = options['no-lighthouse'] ? 0 : Number(options.runs)
  const allPages = pageFiles().map(pagePath)
  const wanted = options.pages?.split(',').map((page) => page.trim())
  const pages = allPages.filter((page) => !wanted || wanted.includes(page))
  if (pages.length === 0)
    throw new Error(
      `No page matches --pages ${options.pages}; pages: ${allPages.join(', ')}`
    )

  // Builds, interleaved so that a busy moment of the machine hits both.
  const buildMs = bySite((): number[] => [])
  for (let run = 1; run <= Math.max(1, Number(options['build-runs'])); run++) {
    log(`build ${run}: ours`)
    buildMs.ours.push(buildOurs())
    log(`build ${run}: stock`)
    buildMs.stock.push(buildStock())
  }
  const config = (await import(join(projectRoot, '.vitepress/config.mts'))) as {
    default: OurConfig
  }
  buildMs.floor.push(buildFloor(config.default))
  copyOurs()
  for (const site of siteNames) precompress(siteDir(site))
  const origins = bySite((): string => '')
  for (const site of siteNames) origins[site] = await serve(siteDir(site))

  const browser = await chromium.launch(launchOptions())
  const versions = {
    chromium: browser.version(),
    node: process.versions.node
  }
  const loads = bySite(
    (): Record<string, Awaited<ReturnType<typeof measureFirstLoad>>> => ({})
  )
  const clicks = bySite((): Record<string, PageClicks> => ({}))
  try {
    for (const site of siteNames)
      for (const page of pages) {
        log(`first load: ${site} ${page}`)
        loads[site][page] = await measureFirstLoad(
          browser,
          origins[site] + page
        )
        log(`time to a working click: ${site} ${page}`)
        clicks[site][page] = await measureClicks(
          browser,
          origins[site] + page,
          Math.max(1, Number(options.runs))
        )
      }
  } finally {
    await browser.close()
  }

  // Lighthouse, interleaved by run so that machine load hits every site alike.
  const lighthouse = bySite((): Record<string, LighthouseFigures[]> => ({}))
  if (lighthouseRuns > 0) {
    const runner = await startLighthouse()
    try {
      for (let run = 1; run <= lighthouseRuns; run++)
        for (const page of pages)
          for (const site of siteNames) {
            log(`lighthouse ${run}/${lighthouseRuns}: ${site} ${page}`)
            const { figures, report } = await runner.run(origins[site] + page)
            ;(lighthouse[site][page] ??= []).push(figures)
            const file = join(
              benchDir,
              'lighthouse',
              site,
              `${page === '/' ? 'index' : page.slice(1)}.json`
            )
            mkdirSync(dirname(file), { recursive: true })
            writeFileSync(file, report)
          }
    } finally {
      runner.close()
    }
  }

  const results = pages.map((page) => ({
    page,
    sites: bySite((site): Figures => {
      const load = loads[site][page]
      if (!load) throw new Error(`No first-load figures for ${site} ${page}`)
      return pageFigures(
        load.requests,
        load.byKind,
        lighthouse[site][page] ?? [],
        clicks[site][page] ?? {}
      )
    })
  }))
  mkdirSync(dirname(options.out), { recursive: true })
  writeFileSync(
    options.out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        versions,
        lighthouseRuns,
        buildMs,
        pages: results
      },
      null,
      2
    ) + '\n'
  )
  console.log('')
  for (const { page, sites } of results)
    console.log(formatPageTable(page, sites) + '\n')
  console.log(formatBuildTable(buildMs))
  console.log(`\nFigures written to ${options.out}`)
}

const stopServers = () => {
  for (const server of servers) if (server.exitCode === null) server.kill()
}
process.on('SIGINT', () => {
  stopServers()
  process.exit(130)
})
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(stopServers)
