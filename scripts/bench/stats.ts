/** The small sums of the benchmark: medians and ratios, and how they print. */

/** The median of some numbers; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return Number.NaN
  const sorted = [...finite].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  const lower = sorted[middle - 1] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2
}

/**
 * `ours / reference`. Two zeros are equal (ratio 1); anything over a zero
 * reference has no finite ratio (undefined).
 */
export function ratio(ours: number, reference: number): number | undefined {
  if (!Number.isFinite(ours) || !Number.isFinite(reference)) return undefined
  if (reference === 0) return ours === 0 ? 1 : undefined
  return ours / reference
}

/** `1.23×`, or `n/a` when there is no finite ratio. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(2)}×`
}

/** Bytes as KiB with one decimal: `12.3`. */
export function formatKiB(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

/** Per-key medians of several runs of the same figures. */
export function medianFigures<T extends Record<string, number>>(
  runs: readonly T[]
): T {
  const first = runs[0]
  if (!first) throw new Error('medianFigures needs at least one run')
  return Object.fromEntries(
    Object.keys(first).map((key) => [
      key,
      median(runs.map((run) => run[key] ?? Number.NaN))
    ])
  ) as T
}
