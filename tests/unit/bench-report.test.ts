import { describe, expect, test } from 'vitest'
import { emptySizesByKind } from '../../scripts/lib/resource-kind'
import {
  formatBuildTable,
  formatPageTable,
  pageFigures,
  type LighthouseFigures
} from '../../scripts/bench/report'

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
  return pageFigures(
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

  test('Lighthouse figures are the medians of the runs; bytes add up', () => {
    expect(sites.ours['lighthouse.fcp']).toBe(1000)
    expect(sites.ours['total.brotli']).toBe(31 * 1024)
    expect(pageFigures(1, emptySizesByKind(), [])).not.toHaveProperty(
      'lighthouse.fcp'
    )
  })

  test('the page table prints brotli/gzip cells and ratios, none over a zero, and skips all-zero rows', () => {
    const table = formatPageTable('/slack-rules', sites)
    expect(table.split('\n')[0]).toBe('/slack-rules')
    expect(table).toMatch(
      /^js KiB br\/gz\s+30\.0\/36\.0\s+60\.0\/72\.0\s+0\.0\/0\.0\s+0\.50×\s+n\/a$/m
    )
    expect(table).toMatch(/^FCP ms\s+1000\s+1800\s+700\s+0\.56×\s+1\.43×$/m)
    expect(table).not.toMatch(/^fonts/m)
    expect(formatPageTable('/', { ...sites, ours: site(0, []) })).not.toMatch(
      /^FCP/m
    )
  })

  test('a tap that works is the median of the runs, also from FCP; raw JS has its row', () => {
    const bytes = emptySizesByKind()
    bytes.js = { raw: 9000, gzip: 4000, brotli: 3000 }
    const clicks = {
      search: [
        { click: 1500, fcp: 1000 },
        { click: 1200, fcp: 1100 },
        { click: 1700, fcp: 900 }
      ]
    }
    const ours = pageFigures(5, bytes, [], clicks)
    expect(ours['click.search']).toBe(1500)
    expect(ours['click.search.fcp']).toBe(500)
    // An island the page lacks has no figure.
    expect(ours['click.copy']).toBeNaN()
    const table = formatPageTable('/', { ...sites, ours })
    expect(table).toMatch(/^js KiB raw\s+8\.8\s+180\.0\s+0\.0\s+0\.05×/m)
    expect(table).toMatch(/^search works at ms\s+1500\s+n\/a\s+n\/a\s+n\/a/m)
    // Differences from FCP can be negative: no ratio.
    expect(table).toMatch(/^ {2}after FCP ms\s+500\s+n\/a\s+n\/a$/m)
  })

  test('build times compare the fastest runs, and show the medians', () => {
    const table = formatBuildTable({
      ours: [13000, 58000, 59000],
      stock: [12000, 22000, 53000],
      floor: [100]
    })
    expect(table).toMatch(
      /^fastest seconds\s+13\.0\s+12\.0\s+0\.1\s+1\.08×\s+130\.00×$/m
    )
    expect(table).toMatch(
      /^median seconds\s+58\.0\s+22\.0\s+0\.1\s+2\.64×\s+580\.00×$/m
    )
  })
})
