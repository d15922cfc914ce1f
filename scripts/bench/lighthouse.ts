/**
 * Lighthouse mobile runs with the system Chromium: the default Lighthouse
 * config (Moto G Power emulation, simulated slow 4G and 4x CPU slowdown).
 */
import { existsSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { findBrowser, systemChromiumArgs } from '../lib/browser'

// A type, not an interface, so that it is a Record<string, number>.
export type LighthouseFigures = {
  /** Category scores, 0–100. */
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Milliseconds. */
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** The "element render delay" phase of the LCP breakdown, in ms. */
  lcpRenderDelay: number
}

export type LighthouseMetric = keyof LighthouseFigures

interface LhrLike {
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<
    string,
    | {
        numericValue?: number
        details?: {
          items?: { items?: { phase?: string; timing?: number }[] }[]
        }
      }
    | undefined
  >
}

const score = (lhr: LhrLike, id: string): number =>
  Math.round((lhr.categories[id]?.score ?? 0) * 100)

const numeric = (lhr: LhrLike, id: string): number =>
  lhr.audits[id]?.numericValue ?? Number.NaN

function renderDelay(lhr: LhrLike): number {
  const phases =
    lhr.audits['largest-contentful-paint-element']?.details?.items?.flatMap(
      (item) => item.items ?? []
    ) ?? []
  return (
    phases.find((phase) => phase.phase === 'Render Delay')?.timing ?? Number.NaN
  )
}

/** The figures the benchmark keeps from one Lighthouse report. */
export function lighthouseFigures(lhr: LhrLike): LighthouseFigures {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcpRenderDelay: renderDelay(lhr)
  }
}

export interface LighthouseRunner {
  run(url: string): Promise<{ figures: LighthouseFigures; report: string }>
  close(): Promise<void>
}

function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  const browser = findBrowser()
  if (browser.kind === 'system') return browser.executablePath
  throw new Error(
    'Lighthouse needs a Chromium: set CHROME_PATH (for example /usr/bin/chromium).'
  )
}

/** One Chromium for every run; Lighthouse clears its cache and storage before each. */
export async function startLighthouse(): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless', ...systemChromiumArgs]
  })
  return {
    async run(url) {
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
      const lhr = result.lhr as unknown as LhrLike & {
        runtimeError?: { message: string }
      }
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse failed on ${url}: ${lhr.runtimeError.message}`
        )
      const report = Array.isArray(result.report)
        ? result.report.join('')
        : result.report
      return { figures: lighthouseFigures(lhr), report }
    },
    async close() {
      chrome.kill()
    }
  }
}
