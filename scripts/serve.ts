/**
 * `tsx scripts/serve.ts [--port <port>] [--dir <folder>] [--mount
 * /base/=<folder>] [--precompressed]`: serves a build (.vitepress/dist, or
 * `--dir`) on 127.0.0.1 as a static host would: clean URLs, the 404 page
 * with status 404, and the headers of the build's `_headers` file (the CSP
 * and the rest), as Netlify and Cloudflare Pages send them. It never serves
 * `_headers`, `_redirects` or a dotfile, however the path is spelled
 * (lib/served-path.ts). `vitepress preview` listens on every interface and
 * cannot be told not to, so the tests and the benchmark use this instead.
 *
 * - `--port 0` takes a free port; the line printed names the URL.
 * - `--mount /base/=folder` also serves a build under a path, as GitHub Pages
 *   serves a project site (the tests' preview build); a mount whose folder
 *   has no build is skipped with a warning.
 * - `--precompressed` sends the `.br` or `.gz` file beside each file when the
 *   browser accepts it (`npm run bench` writes them).
 */
import { existsSync, readFileSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import sirv from 'sirv'
import {
  headersForPath,
  parseHeadersFile
} from '../.vitepress/build/headers-file'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { isServablePath } from './lib/served-path'

const { values } = readCommandLine(commands.serve)

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * Serves one build folder, answering unknown paths with its 404 page, and
 * every response with the headers its `_headers` file sets.
 */
function staticSite(dir: string): Handler {
  const files = sirv(dir, {
    extensions: ['html'],
    dev: false,
    etag: true,
    brotli: values.precompressed,
    gzip: values.precompressed
  })
  const notFound = readFileSync(`${dir}/404.html`)
  const headersFile = `${dir}/_headers`
  const headerRules = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : []
  const sendNotFound = (response: ServerResponse) => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(notFound)
  }
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    for (const [name, value] of headersForPath(headerRules, path)) {
      response.setHeader(name, value)
    }
    // Hosts read _headers and _redirects; no one serves them or dotfiles.
    if (!isServablePath(request.url ?? '/')) return sendNotFound(response)
    files(request, response, () => sendNotFound(response))
  }
}

const dir = values.dir
if (!existsSync(`${dir}/404.html`)) {
  console.error(`${dir}/404.html is missing: run "npm run build" first.`)
  process.exit(1)
}
const site = staticSite(dir)

const mounts: { base: string; handler: Handler }[] = []
for (const mount of values.mount) {
  const [base, folder] = mount.split('=')
  if (!base?.startsWith('/') || !base.endsWith('/') || !folder) {
    console.error(`--mount ${mount}: expected /base/=folder`)
    process.exit(1)
  }
  if (!existsSync(`${folder}/404.html`)) {
    console.warn(`Not serving ${base}: ${folder} has no build.`)
    continue
  }
  mounts.push({ base, handler: staticSite(folder) })
}

const server = createServer((request, response) => {
  const url = request.url ?? '/'
  const mount = mounts.find(
    ({ base }) => url.startsWith(base) || `${url}/` === base
  )
  if (!mount) return site(request, response)
  // The build's own files live at its root: strip the base.
  request.url = `/${url.slice(mount.base.length)}`
  mount.handler(request, response)
})

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const extra = mounts.map(({ base }) => `, and a build at ${base}`).join('')
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${extra}`)
})
