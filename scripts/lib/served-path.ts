/**
 * Which request paths the test server (scripts/serve.ts) refuses: any path
 * that reaches a dotfile or dot-folder (`.git/`, `.env`) or a host's control
 * file (`_headers`, `_redirects`), however it is spelled.
 *
 * sirv, underneath, decodes the path and adds `/index.html`, `.html` or a
 * dropped trailing slash on its own, so `/%5fheaders` and `/_headers/` both
 * reached `_headers`. The path is therefore judged as the most a server
 * could make of it: percent-decoded until nothing changes, backslashes read
 * as slashes, and every segment checked, `.` and `..` included.
 */

/** File names hosts read and never serve. */
const controlFiles = /^_(?:headers|redirects)$/i

/** The path's segments as a server might read them, or undefined if malformed. */
export function decodedSegments(url: string): string[] | undefined {
  let path = url.split(/[?#]/, 1)[0] ?? ''
  for (let round = 0; round < 5 && path.includes('%'); round++) {
    try {
      const decoded = decodeURIComponent(path)
      if (decoded === path) break
      path = decoded
    } catch {
      return undefined
    }
  }
  if (path.includes('%') || path.includes('\0')) return undefined
  return path.replace(/\\/g, '/').split('/')
}

/** True when the server may answer this request URL with a file. */
export function isServablePath(url: string): boolean {
  const segments = decodedSegments(url)
  return (
    segments !== undefined &&
    segments.every(
      (segment) =>
        !segment.startsWith('.') && !controlFiles.test(segment.trim())
    )
  )
}
