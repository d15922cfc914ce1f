/**
 * The git history of a file, for the Changes page and "Last updated" dates.
 *
 * A build must succeed without history: a shallow clone (most CI checkouts
 * and static hosts clone with depth 1), a repository with no commits, or a
 * folder that is not a git repository at all. A shallow clone is treated as
 * having no history, because its one commit would claim to have changed
 * every file on the day it was made.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import type { Repository } from '../community/types'

/** Why a build has no history: `full` means it has. */
export type HistoryStatus = 'full' | 'shallow' | 'no-commits' | 'no-git'

export interface FileCommit {
  hash: string
  shortHash: string
  /** ISO 8601, the time the commit was made (committer date). */
  date: string
  subject: string
  /** The commit's diff of this file, when the repository is known. */
  diffUrl?: string
}

/** Git's output, or undefined when it failed or git is missing (ENOENT). */
export function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return !result.error && result.status === 0 ? result.stdout : undefined
}

export function historyStatus(cwd: string): HistoryStatus {
  if (git(cwd, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true')
    return 'no-git'
  if (git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']) === undefined)
    return 'no-commits'
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository'])
  return shallow?.trim() === 'true' ? 'shallow' : 'full'
}

// Fields end with a unit separator, commits with a record separator: neither
// appears in a commit subject.
const fieldEnd = '\x1f'
const commitEnd = '\x1e'
const logFormat = ['%H', '%h', '%cI', '%s'].join(fieldEnd) + commitEnd

/** Parses the output of `git log --format=<logFormat>`, newest first. */
export function parseGitLog(output: string): Omit<FileCommit, 'diffUrl'>[] {
  return output
    .split(commitEnd)
    .map((record) => record.trim())
    .filter((record) => record !== '')
    .map((record) => {
      const [hash, shortHash, date, subject] = record.split(fieldEnd)
      if (!hash || !shortHash || !date || subject === undefined) {
        throw new Error(`Unexpected git log record: ${JSON.stringify(record)}`)
      }
      return { hash, shortHash, date, subject }
    })
}

/**
 * GitHub's page for a commit, scrolled to one file's diff: the anchor is
 * `diff-` and the SHA-256 of the file's path.
 */
export function commitDiffUrl(
  repository: Repository,
  hash: string,
  file: string
): string {
  const anchor = createHash('sha256').update(file).digest('hex')
  return `${repository.url}/commit/${hash}#diff-${anchor}`
}

/**
 * Every commit that changed `file` (a path from the repository root),
 * newest first, following renames. Empty without full history.
 */
export function fileCommits(
  root: string,
  file: string,
  repository?: Repository
): FileCommit[] {
  if (historyStatus(root) !== 'full') return []
  const log = git(root, [
    'log',
    '--follow',
    `--format=${logFormat}`,
    '--',
    file
  ])
  if (log === undefined) return []
  return parseGitLog(log).map((commit) => ({
    ...commit,
    ...(repository
      ? { diffUrl: commitDiffUrl(repository, commit.hash, file) }
      : {})
  }))
}
