/**
 * Serves the built site (.vitepress/dist) on 127.0.0.1, as a static host
 * would: clean URLs, the 404 page with status 404, and the response headers
 * of the build's `_headers` file (Content-Security-Policy and the rest), as
 * Netlify and Cloudflare Pages send them.
 *
 * `vitepress preview` listens on every interface and cannot be told not to,
 * so the tests use this instead.
 *
 * Usage: tsx scripts/serve.ts [--port 4173] [--dir .vitepress/dist]
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import sirv from 'sirv'
import {
  headersForPath,
  parseHeadersFile
} from '../.vitepress/build/headers-file'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    dir: { type: 'string', default: '.vitepress/dist' }
  }
})

const dir = values.dir
const notFoundPage = `${dir}/404.html`
if (!existsSync(notFoundPage)) {
  console.error(`${notFoundPage} is missing: run "npm run build" first.`)
  process.exit(1)
}

const files = sirv(dir, { extensions: ['html'], dev: false, etag: true })
const notFound = readFileSync(notFoundPage)
const headersFile = `${dir}/_headers`
const headerRules = existsSync(headersFile)
  ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
  : []

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  for (const [name, value] of headersForPath(headerRules, path)) {
    response.setHeader(name, value)
  }
  // Hosts read _headers; they never serve it.
  if (path === '/_headers') {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(notFound)
    return
  }
  files(request, response, () => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(notFound)
  })
})

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${values.port}`)
})
