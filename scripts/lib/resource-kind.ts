/**
 * What a downloaded resource is, and how many bytes it costs compressed:
 * shared by the benchmark (responses a browser received) and the budget
 * check (files the built HTML references).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export const resourceKinds = [
  'html',
  'js',
  'css',
  'fonts',
  'images',
  'other'
] as const
export type ResourceKind = (typeof resourceKinds)[number]

const byExtension: [RegExp, ResourceKind][] = [
  [/\.html?$/, 'html'],
  [/\.m?js$/, 'js'],
  [/\.css$/, 'css'],
  [/\.(woff2?|ttf|otf|eot)$/, 'fonts'],
  [/\.(svg|png|jpe?g|gif|webp|avif|ico)$/, 'images']
]

const byContentType: [RegExp, ResourceKind][] = [
  [/^text\/html/, 'html'],
  [/^(text|application)\/(x-)?javascript/, 'js'],
  [/^text\/css/, 'css'],
  [/^(font\/|application\/(font|x-font))/, 'fonts'],
  [/^image\//, 'images']
]

const byResourceType: Record<string, ResourceKind> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'fonts',
  image: 'images'
}

/**
 * The kind of a resource. The Content-Type decides when there is one (a
 * prefetched page chunk has resourceType "other" but is JavaScript), then
 * the file extension, then the browser's resource type.
 */
export function classifyResource(resource: {
  url: string
  contentType?: string
  /** Playwright's `request.resourceType()`. */
  resourceType?: string
}): ResourceKind {
  const type = resource.contentType?.toLowerCase().trim()
  if (type) {
    const match = byContentType.find(([pattern]) => pattern.test(type))
    if (match) return match[1]
  }
  const url = URL.parse(resource.url, 'http://localhost')
  const path = (url?.pathname ?? resource.url).toLowerCase()
  const byPath = byExtension.find(([pattern]) => pattern.test(path))
  if (byPath) return byPath[1]
  // A clean URL such as `/slack-rules` has no extension.
  return byResourceType[resource.resourceType ?? ''] ?? 'other'
}

export interface CompressedSizes {
  raw: number
  gzip: number
  brotli: number
}

/** Compressed at the levels a static host uses for precompressed files. */
export const compress = {
  gzip: (body: Uint8Array) => gzipSync(body, { level: 9 }),
  brotli: (body: Uint8Array) =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
    })
}

/**
 * Sizes as a host sends them. Fonts and raster images are compressed
 * already, and hosts send them as they are: their sizes are their raw size.
 */
export function compressedSizes(
  body: Uint8Array,
  kind: ResourceKind
): CompressedSizes {
  const raw = body.byteLength
  if (kind === 'fonts' || (kind === 'images' && !isSvg(body)))
    return { raw, gzip: raw, brotli: raw }
  return {
    raw,
    gzip: compress.gzip(body).byteLength,
    brotli: compress.brotli(body).byteLength
  }
}

function isSvg(body: Uint8Array): boolean {
  const start = Buffer.from(body.subarray(0, 256)).toString('utf8')
  return /<svg[\s>]/i.test(start) || /^\s*<\?xml/.test(start)
}

export type SizesByKind = Record<ResourceKind, CompressedSizes>

export function emptySizesByKind(): SizesByKind {
  return Object.fromEntries(
    resourceKinds.map((kind) => [kind, { raw: 0, gzip: 0, brotli: 0 }])
  ) as SizesByKind
}

/** Adds up sizes per kind. */
export function sumByKind(
  items: readonly { kind: ResourceKind; sizes: CompressedSizes }[]
): SizesByKind {
  const totals = emptySizesByKind()
  for (const { kind, sizes } of items) {
    totals[kind].raw += sizes.raw
    totals[kind].gzip += sizes.gzip
    totals[kind].brotli += sizes.brotli
  }
  return totals
}

export function totalOf(
  sizes: SizesByKind,
  encoding: keyof CompressedSizes
): number {
  return resourceKinds.reduce((sum, kind) => sum + sizes[kind][encoding], 0)
}
