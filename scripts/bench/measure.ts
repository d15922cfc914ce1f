/**
 * The two measures of a page: what a first visit downloads, and
 * Lighthouse's mobile figures.
 */
import type { Browser } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import { findBrowser, systemChromiumArgs } from '../lib/browser'
import {
  classifyResource,
  compressedSizes,
  emptySizesByKind,
  type SizesByKind
} from '../lib/resource-kind'
import type { LighthouseFigures } from './report'

export interface FirstLoad {
  requests: number
  byKind: SizesByKind
}

/**
 * Chromium opens the page with an empty cache on a phone-sized screen, as
 * Lighthouse's mobile run does, and records every response until the
 * network is idle, the page chunks VitePress prefetches included. Each body
 * is compressed here, so the figures do not depend on the server; headers
 * are not counted.
 */
export async function measureFirstLoad(
  browser: Browser,
  url: string
): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true
  })
  const page = await context.newPage()
  const load: FirstLoad = { requests: 0, byKind: emptySizesByKind() }
  const bodies: Promise<void>[] = []
  let lastResponse = Date.now()
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) load.requests++
  })
  page.on('response', (response) => {
    lastResponse = Date.now()
    if (response.url().startsWith('data:')) return
    const kind = classifyResource(response.headers()['content-type'])
    const sizes = load.byKind[kind]
    bodies.push(
      response.body().then(
        (body) => {
          const compressed = compressedSizes(body, kind)
          sizes.raw += compressed.raw
          sizes.gzip += compressed.gzip
          sizes.brotli += compressed.brotli
        },
        () => undefined // Redirects and aborted requests have no body.
      )
    )
  })
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle')
    // Then 1 s of quiet, for a module an island or a prefetch asks for late.
    while (Date.now() - lastResponse < 1000) await page.waitForTimeout(250)
    await Promise.all(bodies)
    return load
  } finally {
    await context.close()
  }
}

/** The figures the benchmark keeps from one Lighthouse report. */
function lighthouseFigures(lhr: Result): LighthouseFigures {
  const score = (id: string) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const phases = (
    lhr.audits['largest-contentful-paint-element']?.details as
      | { items?: { items?: { phase?: string; timing?: number }[] }[] }
      | undefined
  )?.items?.flatMap((item) => item.items ?? [])
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    lcpRenderDelay:
      phases?.find((phase) => phase.phase === 'Render Delay')?.timing ??
      Number.NaN,
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift')
  }
}

/**
 * One system Chromium for every run, with Lighthouse's default mobile config
 * (Moto G Power, slow 4G, 4× CPU slowdown); Lighthouse clears the cache and
 * storage before each run.
 */
export async function startLighthouse() {
  const browser = findBrowser()
  const chromePath =
    process.env.CHROME_PATH ??
    (browser.kind === 'system' ? browser.executablePath : undefined)
  if (!chromePath)
    throw new Error(
      'Lighthouse needs a Chromium: set CHROME_PATH (for example /usr/bin/chromium).'
    )
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', ...systemChromiumArgs]
  })
  return {
    async run(url: string) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [
          'performance',
          'accessibility',
          'best-practices',
          'seo'
        ]
      })
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
      const { lhr } = result
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse failed on ${url}: ${lhr.runtimeError.message}`
        )
      const report = [result.report].flat().join('')
      return { figures: lighthouseFigures(lhr), report }
    },
    close: () => chrome.kill()
  }
}
