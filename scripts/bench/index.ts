/**
 * `npm run bench [-- --runs <n>] [--build-runs <n>] [--pages /,/slack-rules]
 * [--no-lighthouse]`: builds the site and two references from the same
 * Markdown (sites.ts), serves each as a host that precompresses would, and
 * measures every page of each (or those of `--pages`): what a first visit
 * downloads (requests, and bytes by type, brotli and gzip), how soon a tap on
 * each island works under a slow phone's profile (interactivity.ts), and
 * Lighthouse's mobile figures. Lighthouse and the tap probes take the median
 * of `--runs` runs; the build time, the fastest of `--build-runs` builds. It
 * prints our figures with their ratios to stock VitePress and to the
 * plain-HTML floor, and writes them to `.bench/results.json`.
 *
 * Slow (minutes) and never part of `npm test`: the figures vary with the
 * machine's load, so they inform, and no test asserts them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { chromium } from '@playwright/test'
import { pageFiles, projectRoot } from '../../.vitepress/site/load'
import { pagePath } from '../../.vitepress/site/paths'
import { launchOptions } from '../lib/browser'
import { readCommandLine } from '../lib/command-line'
import { commands } from '../lib/commands'
import { startServer, type LocalServer } from '../lib/local-server'
import { measureClicks, type PageClicks } from './interactivity'
import { measureFirstLoad, startLighthouse, type FirstLoad } from './measure'
import {
  formatBuildTable,
  formatPageTable,
  pageFigures,
  siteNames,
  type LighthouseFigures,
  type SiteName
} from './report'
import {
  benchDir,
  buildFloor,
  buildOurs,
  buildStock,
  precompress,
  siteDir,
  type OurConfig
} from './sites'

const { values: options } = readCommandLine(commands.bench)
const resultsFile = join(benchDir, 'results.json')

const log = (message: string) => console.log(`[bench] ${message}`)
const servers: LocalServer[] = []

const bySite = <T>(make: (site: SiteName) => T) =>
  Object.fromEntries(siteNames.map((site) => [site, make(site)])) as Record<
    SiteName,
    T
  >

async function main(): Promise<void> {
  const runs = Math.max(1, Number(options.runs))
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
  const config = (await import(join(projectRoot, '.vitepress/config.mts')))
    .default as OurConfig
  buildMs.floor.push(buildFloor(config))
  const origins = bySite((): string => '')
  for (const site of siteNames) {
    precompress(siteDir(site))
    servers.push(await startServer(siteDir(site), ['--precompressed']))
    origins[site] = servers.at(-1)?.url ?? ''
  }

  const browser = await chromium.launch(launchOptions())
  const versions = { chromium: browser.version(), node: process.versions.node }
  const loads = bySite((): Record<string, FirstLoad> => ({}))
  const clicks = bySite((): Record<string, PageClicks> => ({}))
  try {
    for (const site of siteNames)
      for (const page of pages) {
        log(`first load and taps: ${site} ${page}`)
        const url = origins[site] + page
        loads[site][page] = await measureFirstLoad(browser, url)
        clicks[site][page] = await measureClicks(browser, url, runs)
      }
  } finally {
    await browser.close()
  }

  // Lighthouse, interleaved by run so that machine load hits every site alike.
  const lighthouse = bySite((): Record<string, LighthouseFigures[]> => ({}))
  const runner = lighthouseRuns > 0 ? await startLighthouse() : undefined
  try {
    for (let run = 1; runner && run <= lighthouseRuns; run++)
      for (const page of pages)
        for (const site of siteNames) {
          log(`lighthouse ${run}/${lighthouseRuns}: ${site} ${page}`)
          const { figures, report } = await runner.run(origins[site] + page)
          ;(lighthouse[site][page] ??= []).push(figures)
          const name = page === '/' ? 'index' : page.slice(1)
          const file = join(benchDir, 'lighthouse', site, `${name}.json`)
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, report)
        }
  } finally {
    runner?.close()
  }

  const results = pages.map((page) => ({
    page,
    sites: bySite((site) => {
      const load = loads[site][page]
      if (!load) throw new Error(`No first-load figures for ${site} ${page}`)
      return pageFigures(
        load.requests,
        load.byKind,
        lighthouse[site][page] ?? [],
        clicks[site][page]
      )
    })
  }))
  const date = new Date().toISOString()
  const json = { date, versions, lighthouseRuns, buildMs, pages: results }
  writeFileSync(resultsFile, `${JSON.stringify(json, null, 2)}\n`)
  console.log('')
  for (const { page, sites } of results)
    console.log(formatPageTable(page, sites) + '\n')
  console.log(formatBuildTable(buildMs))
  console.log(`\nFigures written to ${resultsFile}`)
}

const stopServers = () => servers.forEach((server) => server.stop())
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
