/**
 * What the Changes page shows for each policy: its current version, the
 * changelog written in its frontmatter, and every commit that touched it.
 * Runs at build time (the `changes.data.ts` loader), in Node.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Repository } from '../community/types'
import { readPolicyFrontmatter, type PolicyFrontmatter } from './frontmatter'
import {
  fileCommits,
  historyStatus,
  type FileCommit,
  type HistoryStatus
} from './git-history'
import type { PolicyPage } from './policies'

export interface PolicyChanges extends PolicyPage, PolicyFrontmatter {
  /** Every commit that changed the file; newest first. */
  commits: FileCommit[]
}

export interface PolicyChangesData {
  /** `full` when the commits are listed; otherwise why they are not. */
  history: HistoryStatus
  /** The repository's commit list, when the repository is known. */
  historyUrl?: string
  policies: PolicyChanges[]
}

export function loadPolicyChanges(
  root: string,
  policies: readonly PolicyPage[],
  repository?: Repository
): PolicyChangesData {
  return {
    history: historyStatus(root),
    ...(repository
      ? { historyUrl: `${repository.url}/commits/${repository.branch}` }
      : {}),
    policies: policies.map((policy) => ({
      ...policy,
      ...readPolicyFrontmatter(
        policy.file,
        readFileSync(join(root, policy.file), 'utf8')
      ),
      commits: fileCommits(root, policy.file, repository)
    }))
  }
}
