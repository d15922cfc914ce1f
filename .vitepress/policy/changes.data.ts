/**
 * Build-time data for the Changes page: for each policy, its current
 * version, the changelog written in its frontmatter, and every commit that
 * touched it. Components import `data` from this file; VitePress runs `load`
 * in Node.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineLoader } from 'vitepress'
import type { Repository } from '../community/types'
import { siteRepository } from '../site-env'
import { loadSiteModel } from '../site/load'
import { readPolicyFrontmatter } from './frontmatter'
import { fileCommits, historyStatus } from './git-history'
import { policyFiles, policyPages, type PolicyPage } from './policies'

export type PolicyChangesData = ReturnType<typeof loadPolicyChanges>

declare const data: PolicyChangesData
export { data }

export function loadPolicyChanges(
  root: string,
  policies: readonly PolicyPage[],
  repository?: Repository
) {
  return {
    /** `full` when the commits are listed; otherwise why they are not. */
    history: historyStatus(root),
    ...(repository && {
      /** The repository's commit list, when the repository is known. */
      historyUrl: `${repository.url}/commits/${repository.branch}`
    }),
    policies: policies.map((policy) => ({
      ...policy,
      ...readPolicyFrontmatter(
        policy.file,
        readFileSync(join(root, policy.file), 'utf8')
      ),
      /** Every commit that changed the file; newest first. */
      commits: fileCommits(root, policy.file, repository)
    }))
  }
}

export default defineLoader({
  // Rebuild the data in `npm run dev` when a policy page changes.
  watch: policyFiles.map((file) => `../../${file}`),
  load: (): PolicyChangesData =>
    loadPolicyChanges(
      fileURLToPath(new URL('../../', import.meta.url)),
      policyPages(loadSiteModel().pages),
      siteRepository
    )
})
