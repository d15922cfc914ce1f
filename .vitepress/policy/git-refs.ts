/**
 * The policy pages as they were at a git ref (a commit, a tag, `HEAD~3`),
 * read with `git show <ref>:<path>` so that the working tree is never
 * touched. The parsing is `policy-snapshot.ts`'s; this module only reads.
 */
import { pagesFolder } from '../plugins/source-location'
import { git } from './git-history'
import {
  isPolicySource,
  readPolicySnapshot,
  type PolicySnapshot
} from './policy-snapshot'

/** The commit a ref names, or an error saying what to pass instead. */
function resolveCommit(root: string, ref: string): string {
  const commit = git(root, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`
  ])?.trim()
  if (!commit) {
    throw new Error(
      `"${ref}" is not a commit in ${root}. Pass a commit, a tag or a branch, such as HEAD~1 or v1.0; a shallow clone may need "git fetch --unshallow" first.`
    )
  }
  return commit
}

/**
 * Every policy page (a page whose frontmatter has a `version`) at a ref,
 * by file. A page that is wrong at that ref fails with its own message,
 * prefixed with the ref; `strict: false` accepts version fields written
 * before today's frontmatter rules (see `readPolicySnapshot`).
 */
export function policySnapshotsAt(
  root: string,
  ref: string,
  options: { strict?: boolean } = {}
): Map<string, PolicySnapshot> {
  const commit = resolveCommit(root, ref)
  const listing = git(root, [
    'ls-tree',
    '-r',
    '--name-only',
    commit,
    '--',
    `${pagesFolder}/`
  ])
  const snapshots = new Map<string, PolicySnapshot>()
  for (const file of (listing ?? '').split('\n')) {
    if (!file.endsWith('.md')) continue
    const source = git(root, ['show', `${commit}:${file}`])
    if (source === undefined)
      throw new Error(`Could not read ${file} at ${commit} with git show.`)
    if (!isPolicySource(source)) continue
    try {
      snapshots.set(file, readPolicySnapshot(file, source, options))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(`At ${ref}: ${message}`, { cause: error })
    }
  }
  return snapshots
}
