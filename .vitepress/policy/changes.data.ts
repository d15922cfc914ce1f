/**
 * Build-time data for the Changes page: see `policy-changes.ts`.
 * Components import `data` from this file; VitePress runs `load` in Node.
 */
import { fileURLToPath } from 'node:url'
import { defineLoader } from 'vitepress'
import { siteRepository } from '../site-env'
import { loadSiteModel } from '../site/load'
import { policyFiles, policyPages } from './policies'
import { loadPolicyChanges, type PolicyChangesData } from './policy-changes'

declare const data: PolicyChangesData
export { data }

const root = fileURLToPath(new URL('../../', import.meta.url))

export default defineLoader({
  // Rebuild the data in `npm run dev` when a policy page changes.
  watch: policyFiles.map((file) => `../../${file}`),
  load(): PolicyChangesData {
    const policies = policyPages(loadSiteModel().pages)
    return loadPolicyChanges(root, policies, siteRepository)
  }
})
