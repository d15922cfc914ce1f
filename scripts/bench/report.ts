/**
 * The benchmark's sums and tables: medians, ratios of our figures to each
 * reference, and the lines it prints.
 */
import { resourceKinds, totalOf, type SizesByKind } from '../lib/resource-kind'
import { islands, type PageClicks } from './interactivity'

export const siteNames = ['ours', 'stock', 'floor'] as const
export type SiteName = (typeof siteNames)[number]
const referenceNames = ['stock', 'floor'] as const

/**
 * Lighthouse's figures the bench keeps, with their labels: category scores
 * 0–100, times in ms, and the "element render delay" phase of the LCP.
 */
const lighthouseLabels = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best practices',
  seo: 'SEO',
  fcp: 'FCP ms',
  lcp: 'LCP ms',
  lcpRenderDelay: 'LCP render delay ms',
  tbt: 'TBT ms',
  cls: 'CLS'
}
export type LighthouseFigures = Record<keyof typeof lighthouseLabels, number>

/** The median of the finite values; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** `ours / reference`; two zeros are equal (1), anything over a zero reference has none. */
export function ratio(ours: number, reference: number): number | undefined {
  if (!Number.isFinite(ours) || !Number.isFinite(reference)) return undefined
  if (reference === 0) return ours === 0 ? 1 : undefined
  return ours / reference
}

export const formatRatio = (value: number | undefined): string =>
  value === undefined ? 'n/a' : `${value.toFixed(2)}×`

/** One site's figures on one page, flat: `requests`, `js.brotli`, `lighthouse.lcp`… */
export type Figures = Record<string, number>

/**
 * The figures of a first load, of the Lighthouse runs and of the click
 * probes (per key, the median of the runs; none when Lighthouse was skipped;
 * NaN for an island the page lacks).
 */
export function pageFigures(
  requests: number,
  bytes: SizesByKind,
  lighthouseRuns: readonly Record<string, number>[],
  clicks: PageClicks = {}
): Figures {
  const figures: Figures = { requests, 'js.raw': bytes.js.raw }
  for (const { name } of islands) {
    const runs = clicks[name] ?? []
    const middle = (pick: (run: (typeof runs)[number]) => number) =>
      median(runs.map(pick))
    figures[`click.${name}`] = middle((run) => run.click)
    figures[`click.${name}.fcp`] = middle((run) => run.click - run.fcp)
  }
  for (const kind of resourceKinds)
    for (const encoding of ['brotli', 'gzip'] as const)
      figures[`${kind}.${encoding}`] = bytes[kind][encoding]
  figures['total.brotli'] = totalOf(bytes, 'brotli')
  figures['total.gzip'] = totalOf(bytes, 'gzip')
  for (const key of Object.keys(lighthouseRuns[0] ?? {}))
    figures[`lighthouse.${key}`] = median(
      lighthouseRuns.map((run) => run[key] ?? Number.NaN)
    )
  return figures
}

interface Row {
  label: string
  key: string
  format: (value: number) => string
  /** A second figure printed after a slash in the same cell. */
  secondKey?: string
  /** No ratios: the figure can be negative (a tap that worked before FCP). */
  noRatio?: boolean
}

const whole = (value: number): string =>
  Number.isFinite(value) ? String(Math.round(value)) : 'n/a'
const kib = (bytes: number): string => (bytes / 1024).toFixed(1)

const rows: Row[] = [
  { label: 'requests', key: 'requests', format: whole },
  // Byte rows print brotli/gzip; their ratios are of the brotli figures.
  ...[...resourceKinds, 'total'].map((kind) => ({
    label: `${kind} KiB br/gz`,
    key: `${kind}.brotli`,
    secondKey: `${kind}.gzip`,
    format: kib
  })),
  { label: 'js KiB raw', key: 'js.raw', format: kib },
  // When a tap on each island first works, under issue 14's slow profile.
  ...islands.flatMap(({ name }) => [
    { label: `${name} works at ms`, key: `click.${name}`, format: whole },
    {
      label: `  after FCP ms`,
      key: `click.${name}.fcp`,
      format: whole,
      noRatio: true
    }
  ]),
  ...Object.entries(lighthouseLabels).map(([key, label]) => ({
    label,
    key: `lighthouse.${key}`,
    format:
      key === 'cls'
        ? (value: number) => (Number.isFinite(value) ? value.toFixed(3) : 'n/a')
        : whole
  }))
]

const line = (cells: string[]): string =>
  cells
    .map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(12)))
    .join('')
    .trimEnd()
const header = line(['', ...siteNames, 'ours/stock', 'ours/floor'])

/**
 * The table of one page: each figure for each site, and our ratio to each
 * reference. Rows we lack (Lighthouse, when skipped), or where every site has
 * zero (fonts, often), are left out.
 */
export function formatPageTable(
  page: string,
  sites: Record<SiteName, Figures>
): string {
  const cell = (row: Row, figures: Figures): string =>
    [row.key, row.secondKey]
      .flatMap((key) => (key ? [row.format(figures[key] ?? Number.NaN)] : []))
      .join('/')
  const body = rows
    .filter(
      (row) =>
        row.key in sites.ours &&
        siteNames.some((site) => (sites[site][row.key] ?? 0) !== 0)
    )
    .map((row) =>
      line([
        row.label,
        ...siteNames.map((site) => cell(row, sites[site])),
        ...referenceNames.map((reference) =>
          row.noRatio
            ? ''
            : formatRatio(
                ratio(
                  sites.ours[row.key] ?? Number.NaN,
                  sites[reference][row.key] ?? Number.NaN
                )
              )
        )
      ])
    )
  return [page, header, ...body].join('\n')
}

/**
 * Build times: the fastest and the median run. On a busy machine a build is
 * only ever slowed down, so the fastest run is the truest of its cost.
 */
export function formatBuildTable(buildMs: Record<SiteName, number[]>): string {
  const summary = (name: string, pick: (ms: number[]) => number) => {
    const seconds = siteNames.map((site) => pick(buildMs[site]) / 1000)
    return line([
      name,
      ...seconds.map((value) => value.toFixed(1)),
      ...[1, 2].map((index) =>
        formatRatio(ratio(seconds[0] ?? 0, seconds[index] ?? 0))
      )
    ])
  }
  return [
    'build',
    header,
    summary('fastest seconds', (ms) => Math.min(...ms)),
    summary('median seconds', median)
  ].join('\n')
}
