/** Walks folders for the checks: relative, forward-slash paths, sorted. */
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every file under `root`, as paths relative to it such as `assets/app.js`. */
export function listFiles(root: string): string[] {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')
    )
  return files.sort()
}
