/**
 * `npm run translations:status`: every original page × every locale, as a
 * Markdown table that maintainers paste into an issue for translators.
 */
import type { SiteModel } from '../site/model'
import { pageFreshness, type Freshness } from './freshness'

export interface StatusRow {
  /** The original: `slack-rules.md`. */
  page: string
  cells: Record<string, Freshness>
}

export function translationStatus(
  model: Pick<SiteModel, 'pages' | 'locales'>,
  root: string
): StatusRow[] {
  return model.pages
    .filter((page) => !page.locale)
    .map((original) => ({
      page: original.file,
      cells: Object.fromEntries(
        model.locales.flatMap((locale) => {
          const page = model.pages.find(
            (each) => each.locale === locale && each.original === original.file
          )
          const status = page && pageFreshness(page, model, root)
          return status ? [[locale, status]] : []
        })
      )
    }))
}

/** One cell: `current (2.0)`, `stale: 1.0 → 1.1, since 2026-09-01 (2 commits)`. */
export function describeFreshness(status: Freshness): string {
  switch (status.status) {
    case 'current':
      return `current (${status.version})`
    case 'stale': {
      const since = status.since
        ? `, since ${status.since.date} (${status.since.commits} ${status.since.commits === 1 ? 'commit' : 'commits'})`
        : ''
      return `stale: ${status.translated} → ${status.current}${since}`
    }
    case 'missing':
      return 'missing'
    default:
      return 'unknown (no git history)'
  }
}

export function statusTable(
  rows: readonly StatusRow[],
  locales: readonly string[]
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [
    line(['Page', ...locales]),
    line(['---', ...locales.map(() => '---')]),
    ...rows.map((row) =>
      line([
        row.page,
        ...locales.map((locale) => {
          const cell = row.cells[locale]
          return cell ? describeFreshness(cell) : 'missing'
        })
      ])
    )
  ].join('\n')
}
