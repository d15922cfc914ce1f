/**
 * A static server for the benchmark: serves a built site on 127.0.0.1 the way
 * a static host (Netlify, Cloudflare Pages) does, with clean URLs, the 404
 * page, and brotli or gzip compression, so that Lighthouse sees realistic
 * transfer sizes. `scripts/serve.ts` (the test server) does not compress.
 *
 * Run as a child process by the benchmark, so that Lighthouse's work in the
 * benchmark's own process never delays a response:
 *   tsx scripts/bench/static-server.ts --dir .bench/sites/floor --port 4282
 * It prints `listening <url>` once ready.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8'
}

/** Types a host compresses; fonts and images are compressed already. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/

/** The file a URL path names: `/a` is `a.html`, `/a/` is `a/index.html`. */
export function resolveSitePath(
  root: string,
  urlPath: string
): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  } catch {
    return undefined
  }
  const absolute = normalize(join(root, path))
  if (!absolute.startsWith(root)) return undefined
  const candidates = path.endsWith('/')
    ? [join(absolute, 'index.html')]
    : [absolute, `${absolute}.html`, join(absolute, 'index.html')]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile())
}

interface Encoded {
  body: Buffer
  encoding?: 'br' | 'gzip'
}

export function createStaticServer(dir: string): Server {
  const root = resolve(dir)
  const cache = new Map<string, Encoded>()

  function encoded(file: string, acceptEncoding: string): Encoded {
    const type = contentTypes[extname(file)] ?? 'application/octet-stream'
    const raw = readFileSync(file)
    if (!compressible.test(type)) return { body: raw }
    const encoding = /\bbr\b/.test(acceptEncoding)
      ? 'br'
      : /\bgzip\b/.test(acceptEncoding)
        ? 'gzip'
        : undefined
    if (!encoding) return { body: raw }
    const key = `${encoding}:${file}`
    let entry = cache.get(key)
    if (!entry) {
      // The levels a host uses for precompressed static files.
      const body =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
            })
          : gzipSync(raw, { level: 9 })
      entry = { body, encoding }
      cache.set(key, entry)
    }
    return entry
  }

  return createServer((request, response) => {
    const file = resolveSitePath(root, request.url ?? '/')
    const notFound = join(root, '404.html')
    const served = file ?? (existsSync(notFound) ? notFound : undefined)
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain' })
      response.end('Not found')
      return
    }
    const { body, encoding } = encoded(
      served,
      String(request.headers['accept-encoding'] ?? '')
    )
    response.writeHead(file ? 200 : 404, {
      'Content-Type':
        contentTypes[extname(served)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // A cold first load every time: Lighthouse and Playwright use fresh
      // profiles, and the figures measure a first visit.
      'Cache-Control': 'no-cache',
      ...(encoding
        ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }
        : {})
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' }
    }
  })
  if (!values.dir || !values.port) {
    console.error('Usage: static-server.ts --dir <folder> --port <port>')
    process.exit(2)
  }
  const server = createStaticServer(values.dir)
  server.listen(Number(values.port), '127.0.0.1', () => {
    console.log(`listening http://127.0.0.1:${values.port}`)
  })
}

// Started as a script (not imported by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main()
