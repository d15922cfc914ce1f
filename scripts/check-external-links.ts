/**
 * `npm run check:external`: asks each external URL in the built site whether
 * it still answers. Needs the network, so it is not part of `npm test`; run
 * it by hand or on a schedule. Without a network it says so and exits 2.
 *
 * A URL is broken when it answers 404, 410 or another 4xx/5xx error (after
 * following redirects). Some sites refuse HEAD or robots (403, 405, 429);
 * those are retried with GET and reported as warnings, not failures.
 */
import { readBuiltSite } from './lib/built-site'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { checkLinks } from './lib/link-check'

const { values } = readCommandLine(commands.checkExternalLinks)

const timeoutMs = 15_000
const concurrency = 6

type Outcome =
  | { kind: 'ok' }
  | { kind: 'broken'; status: number }
  | { kind: 'doubtful'; status: number }
  | { kind: 'unreachable'; error: string }

async function request(url: string, method: 'HEAD' | 'GET'): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'community-docs link check' }
  })
  await response.body?.cancel()
  return response.status
}

async function probe(url: string): Promise<Outcome> {
  try {
    let status = await request(url, 'HEAD')
    if (status >= 400) status = await request(url, 'GET')
    if (status < 400) return { kind: 'ok' }
    if (status === 403 || status === 405 || status === 429) {
      return { kind: 'doubtful', status }
    }
    return { kind: 'broken', status }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return { kind: 'unreachable', error: cause ?? String(error) }
  }
}

async function main(): Promise<void> {
  const report = checkLinks(await readBuiltSite(values.dir))
  const pagesByUrl = new Map<string, Set<string>>()
  for (const { page, href } of report.external) {
    const url = href.startsWith('//') ? `https:${href}` : href
    pagesByUrl.set(url, (pagesByUrl.get(url) ?? new Set()).add(page))
  }
  const urls = [...pagesByUrl.keys()].sort()
  console.log(`Checking ${urls.length} external URLs…`)

  const results: { url: string; outcome: Outcome }[] = []
  const queue = [...urls]
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        results.push({ url, outcome: await probe(url) })
      }
    })
  )
  results.sort((a, b) => a.url.localeCompare(b.url))

  const where = (url: string) => [...(pagesByUrl.get(url) ?? [])].join(', ')
  const [firstFailure] = results.filter(
    ({ outcome }) => outcome.kind === 'unreachable'
  )
  const noNetwork =
    results.length > 0 &&
    results.every(({ outcome }) => outcome.kind === 'unreachable')
  if (noNetwork && firstFailure?.outcome.kind === 'unreachable') {
    console.error(
      `No network: none of the ${urls.length} external URLs could be reached ` +
        `(first error: ${firstFailure.outcome.error}). Run this where the network is available.`
    )
    process.exit(2)
  }

  let failures = 0
  for (const { url, outcome } of results) {
    if (outcome.kind === 'broken') {
      failures++
      console.error(`${where(url)}: "${url}" answers ${outcome.status}`)
    } else if (outcome.kind === 'unreachable') {
      failures++
      console.error(`${where(url)}: "${url}" is unreachable (${outcome.error})`)
    } else if (outcome.kind === 'doubtful') {
      console.warn(
        `${where(url)}: "${url}" answers ${outcome.status}; check it in a browser`
      )
    }
  }
  console.log(`${urls.length} external URLs checked, ${failures} broken.`)
  process.exit(failures > 0 ? 1 : 0)
}

await main()
