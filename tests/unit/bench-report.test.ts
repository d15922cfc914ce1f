import { describe, expect, test } from 'vitest'
import { emptySizesByKind } from '../../scripts/lib/resource-kind'
import {
  formatBuildTable,
  formatPageTable,
  pageRatios,
  sitePageResult,
  type BenchResults
} from '../../scripts/bench/report'
import type { LighthouseFigures } from '../../scripts/bench/lighthouse'

function figures(over: Partial<LighthouseFigures>): LighthouseFigures {
  return {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    fcp: 1000,
    lcp: 1000,
    tbt: 0,
    cls: 0,
    lcpRenderDelay: 500,
    ...over
  }
}

function site(js: number, fcps: number[]) {
  const bytes = emptySizesByKind()
  bytes.html = { raw: 3000, gzip: 1200, brotli: 1024 }
  bytes.js = { raw: js * 3, gzip: js * 1.2, brotli: js }
  return sitePageResult(
    js > 0 ? 5 : 1,
    bytes,
    fcps.map((fcp) => figures({ fcp }))
  )
}

describe('the bench report', () => {
  const sites = {
    ours: site(30 * 1024, [900, 1500, 1000]),
    stock: site(60 * 1024, [1800, 1700, 2000]),
    floor: site(0, [700, 700, 800])
  }

  test('Lighthouse figures are the medians of the runs', () => {
    expect(sites.ours.lighthouse?.fcp).toBe(1000)
    expect(sites.ours.lighthouseRuns).toHaveLength(3)
    expect(sites.ours.total.brotli).toBe(31 * 1024)
  })

  test('ratios of ours to each reference; none over a zero', () => {
    const ratios = pageRatios(sites)
    expect(ratios.stock['js.brotli']).toBe(0.5)
    expect(ratios.stock['lighthouse.fcp']).toBeCloseTo(1000 / 1800)
    expect(ratios.floor['lighthouse.fcp']).toBeCloseTo(1000 / 700)
    expect(ratios.floor['js.brotli']).toBeUndefined()
    expect(ratios.floor['fonts.brotli']).toBe(1)
  })

  test('the page table prints brotli/gzip cells and ratios, and skips all-zero rows', () => {
    const table = formatPageTable({
      page: '/slack-rules',
      sites,
      ratios: pageRatios(sites)
    })
    expect(table.split('\n')[0]).toBe('/slack-rules')
    expect(table).toMatch(
      /^js KiB br\/gz\s+30\.0\/36\.0\s+60\.0\/72\.0\s+0\.0\/0\.0\s+0\.50×\s+n\/a$/m
    )
    expect(table).toMatch(/^FCP ms\s+1000\s+1800\s+700\s+0\.56×\s+1\.43×$/m)
    expect(table).not.toMatch(/^fonts/m)
  })

  test('build times compare the fastest runs, and show the medians', () => {
    const results = {
      build: {
        ours: { ms: [13000, 58000, 59000], medianMs: 58000, fastestMs: 13000 },
        stock: { ms: [12000, 22000, 53000], medianMs: 22000, fastestMs: 12000 },
        floor: { ms: [100], medianMs: 100, fastestMs: 100 }
      },
      buildRatios: { stock: 13 / 12, floor: 130 }
    } as unknown as BenchResults
    const table = formatBuildTable(results)
    expect(table).toMatch(
      /^fastest seconds\s+13\.0\s+12\.0\s+0\.1\s+1\.08×\s+130\.00×$/m
    )
    expect(table).toMatch(
      /^median seconds\s+58\.0\s+22\.0\s+0\.1\s+2\.64×\s+580\.00×$/m
    )
  })
})
