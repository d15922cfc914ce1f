/**
 * Build settings that depend on where the site is built and deployed.
 * Read in the site config only (Node), never in the browser bundle.
 *
 * - `SITE_URL` overrides `community.site.url`, for preview deploys.
 * - The edit-link repository is `community.site.repository`, or else the one
 *   GitHub Actions names in `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY`.
 */
import type { Repository } from './community/types'
import { community } from './community'

/** The published origin (and path), without a trailing slash. */
export const siteUrl = (process.env.SITE_URL ?? community.site.url).replace(
  /\/+$/,
  ''
)

function repositoryFromGitHubActions(): Repository | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } =
    process.env
  if (!server || !repository) return undefined
  return {
    url: `${server}/${repository}`,
    branch: process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || 'main'
  }
}

export const siteRepository: Repository | undefined =
  community.site.repository ?? repositoryFromGitHubActions()
