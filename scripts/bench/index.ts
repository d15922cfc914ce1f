/**
 * `npm run bench`: builds the site and two references from the same
 * Markdown, then measures every page of each: what a first visit downloads
 * (requests, and bytes by type, gzip and brotli) and Lighthouse's mobile
 * scores (the median of several runs). It prints our figures with their
 * ratios to stock VitePress and to the plain-HTML floor, and writes them all
 * to `.bench/results.json`.
 *
 * Slow (minutes) and never part of `npm test`: the figures vary with the
 * machine's load, so they inform, and no test asserts them.
 *
 * Options:
 *   --runs <n>        Lighthouse runs per page and site (default 3)
 *   --build-runs <n>  builds of ours and of stock, for the build time (default 3)
 *   --pages <list>    only these pages, by URL path: `/,/slack-rules`
 *   --no-lighthouse   bytes and requests only
 *   --port <n>        first of three ports for the servers (default 4280)
 *   --out <file>      where the JSON goes (default .bench/results.json)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { launchOptions } from '../lib/browser'
import { pageUrl } from './floor'
import { startLighthouse, type LighthouseFigures } from './lighthouse'
import {
  formatBuildTable,
  formatPageTable,
  pageRatios,
  referenceNames,
  siteNames,
  sitePageResult,
  type BenchResults,
  type PageResult
} from './report'
import {
  benchDir,
  buildFloor,
  buildOurs,
  buildStock,
  markdownPages,
  projectRoot,
  type SiteName
} from './sites'
import { median, ratio } from './stats'
import type { OurConfig } from './stock'
import { measureFirstLoad, type FirstLoad } from './transfer'

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'build-runs': { type: 'string', default: '3' },
    pages: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    port: { type: 'string', default: '4280' },
    out: { type: 'string', default: join(benchDir, 'results.json') }
  }
})

const siteDirs: Record<SiteName, string> = {
  ours: join(projectRoot, '.vitepress/dist'),
  stock: join(benchDir, 'sites/stock'),
  floor: join(benchDir, 'sites/floor')
}

function log(message: string): void {
  console.log(`[bench] ${message}`)
}

const servers: ChildProcess[] = []
let browserVersion: string | undefined

function stopServers(): void {
  for (const server of servers) if (server.exitCode === null) server.kill()
}

/** Starts the compressing static server for one site; resolves with its origin. */
function startServer(dir: string, port: number): Promise<string> {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(projectRoot, 'scripts/bench/static-server.ts'),
      '--dir',
      dir,
      '--port',
      String(port)
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  servers.push(server)
  return new Promise((resolve, reject) => {
    server.once('exit', (code) =>
      reject(
        new Error(
          `the server for ${dir} stopped (exit code ${code}); is port ${port} free?`
        )
      )
    )
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString())
      if (match?.[1]) resolve(match[1])
    })
  })
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url)
  try {
    const main = require.resolve(`${name}/package.json`)
    return (JSON.parse(readFileSync(main, 'utf8')) as { version: string })
      .version
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const lighthouseRuns = options['no-lighthouse'] ? 0 : Number(options.runs)
  const buildRuns = Math.max(1, Number(options['build-runs']))
  const firstPort = Number(options.port)

  const allPages = markdownPages().map((file) => pageUrl(file))
  const wanted = options.pages?.split(',').map((page) => page.trim())
  const pages = wanted
    ? allPages.filter((page) => wanted.includes(page))
    : allPages
  if (pages.length === 0)
    throw new Error(
      `No page matches --pages ${options.pages}; pages: ${allPages.join(', ')}`
    )

  // Builds, interleaved so that a busy moment of the machine hits both.
  const buildMs: Record<SiteName, number[]> = { ours: [], stock: [], floor: [] }
  for (let run = 1; run <= buildRuns; run++) {
    log(`build ${run}/${buildRuns}: ours`)
    buildMs.ours.push(buildOurs())
    log(`build ${run}/${buildRuns}: stock`)
    buildMs.stock.push(buildStock(siteDirs.stock))
  }
  const ours = (
    (await import(join(projectRoot, '.vitepress/config.mts'))) as {
      default: OurConfig
    }
  ).default
  buildMs.floor.push(buildFloor(ours, siteDirs.floor))

  const origins = {} as Record<SiteName, string>
  for (const [index, site] of siteNames.entries())
    origins[site] = await startServer(siteDirs[site], firstPort + index)

  // First-load bytes.
  const firstLoads = {} as Record<SiteName, Record<string, FirstLoad>>
  const browser = await chromium.launch(launchOptions())
  browserVersion = browser.version()
  try {
    for (const site of siteNames) {
      firstLoads[site] = {}
      for (const page of pages) {
        log(`first load: ${site} ${page}`)
        firstLoads[site][page] = await measureFirstLoad(
          browser,
          origins[site] + page
        )
      }
    }
  } finally {
    await browser.close()
  }

  // Lighthouse, interleaved by run so that machine load hits every site alike.
  const lighthouse: Record<SiteName, Record<string, LighthouseFigures[]>> = {
    ours: {},
    stock: {},
    floor: {}
  }
  if (lighthouseRuns > 0) {
    const runner = await startLighthouse()
    const reports = join(benchDir, 'lighthouse')
    try {
      for (let run = 1; run <= lighthouseRuns; run++) {
        for (const page of pages) {
          for (const site of siteNames) {
            log(`lighthouse ${run}/${lighthouseRuns}: ${site} ${page}`)
            const { figures, report } = await runner.run(origins[site] + page)
            ;(lighthouse[site][page] ??= []).push(figures)
            const file = join(
              reports,
              site,
              `${page === '/' ? 'index' : page.slice(1)}.json`
            )
            mkdirSync(dirname(file), { recursive: true })
            writeFileSync(file, report)
          }
        }
      }
    } finally {
      await runner.close()
    }
  }

  const pageResults: PageResult[] = pages.map((page) => {
    const sites = Object.fromEntries(
      siteNames.map((site) => {
        const load = firstLoads[site][page]
        if (!load) throw new Error(`No first-load figures for ${site} ${page}`)
        return [
          site,
          sitePageResult(
            load.requests,
            load.byKind,
            lighthouse[site][page] ?? []
          )
        ]
      })
    ) as PageResult['sites']
    return { page, sites, ratios: pageRatios(sites) }
  })

  const build = Object.fromEntries(
    siteNames.map((site) => [
      site,
      {
        ms: buildMs[site],
        medianMs: median(buildMs[site]),
        fastestMs: Math.min(...buildMs[site])
      }
    ])
  ) as BenchResults['build']
  const results: BenchResults = {
    date: new Date().toISOString(),
    versions: {
      vitepress: packageVersion('vitepress'),
      lighthouse: packageVersion('lighthouse'),
      chromium: browserVersion ?? 'unknown',
      node: process.versions.node
    },
    lighthouseRuns,
    build,
    buildRatios: Object.fromEntries(
      referenceNames.map((reference) => [
        reference,
        ratio(build.ours.fastestMs, build[reference].fastestMs)
      ])
    ) as BenchResults['buildRatios'],
    pages: pageResults
  }

  mkdirSync(dirname(options.out), { recursive: true })
  writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n')

  console.log('')
  for (const result of pageResults) console.log(formatPageTable(result) + '\n')
  console.log(formatBuildTable(results))
  console.log(`\nFigures written to ${options.out}`)
}

process.on('SIGINT', () => {
  stopServers()
  process.exit(130)
})
process.on('exit', stopServers)

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(stopServers)
