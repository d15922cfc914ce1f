/**
 * `npm run check:external [-- --dir <folder>]`: asks each external URL in the
 * built site whether it still answers. Needs the network, so it is not part
 * of `npm test`; run it by hand or on a schedule. Without a network it says
 * so and exits 2.
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

/** The URL's status (HEAD, then GET if HEAD fails), or why it is unreachable. */
async function probe(url: string): Promise<number | string> {
  const request = async (method: 'HEAD' | 'GET') => {
    const response = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(15_000),
      headers: { 'user-agent': 'community-docs link check' }
    })
    await response.body?.cancel()
    return response.status
  }
  try {
    const status = await request('HEAD')
    return status < 400 ? status : await request('GET')
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code ?? String(error)
  }
}

const report = checkLinks(await readBuiltSite(values.dir))
const pagesByUrl = new Map<string, Set<string>>()
for (const { page, href } of report.external) {
  const url = href.startsWith('//') ? `https:${href}` : href
  pagesByUrl.set(url, (pagesByUrl.get(url) ?? new Set()).add(page))
}
const urls = [...pagesByUrl.keys()].sort()
console.log(`Checking ${urls.length} external URLs…`)

const outcomes = new Map<string, number | string>()
const queue = [...urls]
await Promise.all(
  Array.from({ length: 6 }, async () => {
    for (let url = queue.shift(); url; url = queue.shift())
      outcomes.set(url, await probe(url))
  })
)

const errors = urls.flatMap((url) => {
  const outcome = outcomes.get(url)
  return typeof outcome === 'string' ? [outcome] : []
})
if (urls.length > 0 && errors.length === urls.length) {
  console.error(
    `No network: none of the ${urls.length} external URLs could be reached ` +
      `(first error: ${errors[0]}). Run this where the network is available.`
  )
  process.exit(2)
}

let failures = 0
for (const url of urls) {
  const outcome = outcomes.get(url) ?? 'not checked'
  const link = `${[...(pagesByUrl.get(url) ?? [])].join(', ')}: "${url}"`
  if (typeof outcome === 'string') {
    failures++
    console.error(`${link} is unreachable (${outcome})`)
  } else if ([403, 405, 429].includes(outcome)) {
    console.warn(`${link} answers ${outcome}; check it in a browser`)
  } else if (outcome >= 400) {
    failures++
    console.error(`${link} answers ${outcome}`)
  }
}
console.log(`${urls.length} external URLs checked, ${failures} broken.`)
process.exit(failures > 0 ? 1 : 0)
