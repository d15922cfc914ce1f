/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern
 * on its own line, then indented `Name: value` lines
 * (https://docs.netlify.com/routing/headers/#syntax-for-the-headers-file).
 * Written at build time and read by scripts/serve.ts, so the end-to-end
 * tests get the headers a reader gets.
 */

export interface HeaderRule {
  /** A path, with `*` matching anything and `:name` one segment. */
  pattern: string
  headers: [name: string, value: string][]
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      ({ pattern, headers }) =>
        `${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`
    )
    .join('\n')
}

/** Parses `_headers`; throws on a header line before any path, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] })
      return
    }
    const rule = rules.at(-1)
    const separator = line.indexOf(':')
    if (!rule || separator === -1) {
      throw new Error(
        `_headers:${index + 1}: expected "Name: value" under a path, got "${line.trim()}"`
      )
    }
    rule.headers.push([
      line.slice(0, separator).trim(),
      line.slice(separator + 1).trim()
    ])
  })
  return rules
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) =>
      part
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:[A-Za-z]\w*/g, '[^/]+')
    )
    .join('.*')
  return new RegExp(`^${source}$`)
}

/** The headers for a request path, from every rule that matches it, in order. */
export function headersForPath(
  rules: readonly HeaderRule[],
  path: string
): [string, string][] {
  return rules
    .filter(({ pattern }) => patternToRegExp(pattern).test(path))
    .flatMap(({ headers }) => headers)
}
