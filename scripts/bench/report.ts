/**
 * The benchmark's results: their JSON shape, the ratios of our figures to
 * each reference, and the tables it prints.
 */
import {
  resourceKinds,
  totalOf,
  type CompressedSizes,
  type SizesByKind
} from '../lib/resource-kind'
import type { LighthouseFigures } from './lighthouse'
import type { SiteName } from './sites'
import { formatKiB, formatRatio, medianFigures, ratio } from './stats'

export const siteNames: readonly SiteName[] = ['ours', 'stock', 'floor']
export const referenceNames = ['stock', 'floor'] as const
export type ReferenceName = (typeof referenceNames)[number]

export interface SitePageResult {
  requests: number
  bytes: SizesByKind
  total: CompressedSizes
  /** Medians of the Lighthouse runs; absent when Lighthouse was skipped. */
  lighthouse?: LighthouseFigures
  lighthouseRuns?: LighthouseFigures[]
}

export interface PageResult {
  /** The URL path, such as `/slack-rules`. */
  page: string
  sites: Record<SiteName, SitePageResult>
  /** Our figures divided by each reference's (undefined: no finite ratio). */
  ratios: Record<ReferenceName, Record<string, number | undefined>>
}

export interface BenchResults {
  date: string
  versions: Record<string, string>
  lighthouseRuns: number
  /**
   * Wall-clock build times. Ratios use the fastest of the runs: on a busy
   * machine a build is only ever slowed down, so the fastest run is the
   * truest estimate of its own cost.
   */
  build: Record<SiteName, { ms: number[]; medianMs: number; fastestMs: number }>
  /** Our fastest build over each reference's fastest. */
  buildRatios: Record<ReferenceName, number | undefined>
  pages: PageResult[]
}

/** Every figure of one site on one page, flat, for ratios and printing. */
export function flatFigures(result: SitePageResult): Record<string, number> {
  const figures: Record<string, number> = { requests: result.requests }
  for (const kind of resourceKinds) {
    figures[`${kind}.brotli`] = result.bytes[kind].brotli
    figures[`${kind}.gzip`] = result.bytes[kind].gzip
  }
  figures['total.brotli'] = result.total.brotli
  figures['total.gzip'] = result.total.gzip
  for (const [key, value] of Object.entries(result.lighthouse ?? {}))
    figures[`lighthouse.${key}`] = value
  return figures
}

export function pageRatios(
  sites: Record<SiteName, SitePageResult>
): PageResult['ratios'] {
  const ours = flatFigures(sites.ours)
  const ratios = {} as PageResult['ratios']
  for (const reference of referenceNames) {
    const theirs = flatFigures(sites[reference])
    ratios[reference] = Object.fromEntries(
      Object.entries(ours).map(([key, value]) => [
        key,
        ratio(value, theirs[key] ?? Number.NaN)
      ])
    )
  }
  return ratios
}

export function sitePageResult(
  requests: number,
  bytes: SizesByKind,
  lighthouseRuns: LighthouseFigures[]
): SitePageResult {
  const total = {
    raw: totalOf(bytes, 'raw'),
    gzip: totalOf(bytes, 'gzip'),
    brotli: totalOf(bytes, 'brotli')
  }
  const lighthouse =
    lighthouseRuns.length > 0 ? medianFigures(lighthouseRuns) : undefined
  return {
    requests,
    bytes,
    total,
    ...(lighthouse ? { lighthouse, lighthouseRuns } : {})
  }
}

interface Row {
  label: string
  key: string
  format: (value: number) => string
  /** A second figure printed after a slash in the same cell. */
  secondKey?: string
}

const kib = (value: number): string => formatKiB(value)
const whole = (value: number): string =>
  Number.isFinite(value) ? String(Math.round(value)) : 'n/a'
const threeDecimals = (value: number): string =>
  Number.isFinite(value) ? value.toFixed(3) : 'n/a'

/** Byte rows print `brotli/gzip`; their ratios are of the brotli figures. */
const byteRows: Row[] = [...resourceKinds, 'total'].map((kind) => ({
  label: `${kind} KiB br/gz`,
  key: `${kind}.brotli`,
  format: kib,
  secondKey: `${kind}.gzip`
}))

const lighthouseRows: Row[] = [
  { label: 'performance', key: 'lighthouse.performance', format: whole },
  { label: 'accessibility', key: 'lighthouse.accessibility', format: whole },
  { label: 'best practices', key: 'lighthouse.bestPractices', format: whole },
  { label: 'SEO', key: 'lighthouse.seo', format: whole },
  { label: 'FCP ms', key: 'lighthouse.fcp', format: whole },
  { label: 'LCP ms', key: 'lighthouse.lcp', format: whole },
  {
    label: 'LCP render delay ms',
    key: 'lighthouse.lcpRenderDelay',
    format: whole
  },
  { label: 'TBT ms', key: 'lighthouse.tbt', format: whole },
  { label: 'CLS', key: 'lighthouse.cls', format: threeDecimals }
]

const columns = [22, 12, 12, 12, 12, 12]

function cell(row: Row, figures: Record<string, number>): string {
  const first = row.format(figures[row.key] ?? Number.NaN)
  return row.secondKey
    ? `${first}/${row.format(figures[row.secondKey] ?? Number.NaN)}`
    : first
}
const line = (cells: string[]): string =>
  cells
    .map((cell, index) =>
      index === 0
        ? cell.padEnd(columns[0] ?? 22)
        : cell.padStart(columns[index] ?? 10)
    )
    .join('')

/** The table printed for one page. */
export function formatPageTable(result: PageResult): string {
  const figures = Object.fromEntries(
    siteNames.map((site) => [site, flatFigures(result.sites[site])])
  ) as Record<SiteName, Record<string, number>>
  const rows: Row[] = [
    { label: 'requests', key: 'requests', format: whole },
    ...byteRows,
    ...(result.sites.ours.lighthouse ? lighthouseRows : [])
  ]
  const body = rows
    // Kinds no site downloads (fonts or images, often) would only be zeros.
    .filter((row) => siteNames.some((site) => figures[site][row.key] !== 0))
    .map((row) =>
      line([
        row.label,
        ...siteNames.map((site) => cell(row, figures[site])),
        ...referenceNames.map((reference) =>
          formatRatio(result.ratios[reference][row.key])
        )
      ])
    )
  return [
    result.page,
    line(['', 'ours', 'stock', 'floor', 'ours/stock', 'ours/floor']),
    ...body
  ].join('\n')
}

/** The build-time lines. */
export function formatBuildTable(results: BenchResults): string {
  return [
    'build',
    line(['', 'ours', 'stock', 'floor', 'ours/stock', 'ours/floor']),
    line([
      'fastest seconds',
      ...siteNames.map((site) =>
        (results.build[site].fastestMs / 1000).toFixed(1)
      ),
      ...referenceNames.map((reference) =>
        formatRatio(results.buildRatios[reference])
      )
    ]),
    line([
      'median seconds',
      ...siteNames.map((site) =>
        (results.build[site].medianMs / 1000).toFixed(1)
      ),
      ...referenceNames.map((reference) =>
        formatRatio(
          ratio(results.build.ours.medianMs, results.build[reference].medianMs)
        )
      )
    ])
  ].join('\n')
}
