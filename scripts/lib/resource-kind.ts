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

const byContentType: [RegExp, ResourceKind][] = [
  [/^text\/html/, 'html'],
  [/^(text|application)\/(x-)?javascript/, 'js'],
  [/^text\/css/, 'css'],
  [/^(font\/|application\/(font|x-font))/, 'fonts'],
  [/^image\//, 'images']
]

/**
 * The kind of a response, by its Content-Type: the file extension and the
 * browser's resource type mislead (a prefetched page chunk has resource type
 * "other" but is JavaScript; a clean URL such as `/slack-rules` has no
 * extension), and scripts/serve.ts names the type of every file it sends.
 */
export function classifyResource(contentType = ''): ResourceKind {
  const type = contentType.toLowerCase().trim()
  return byContentType.find(([pattern]) => pattern.test(type))?.[1] ?? 'other'
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

export function totalOf(
  sizes: SizesByKind,
  encoding: keyof CompressedSizes
): number {
  return resourceKinds.reduce((sum, kind) => sum + sizes[kind][encoding], 0)
}
