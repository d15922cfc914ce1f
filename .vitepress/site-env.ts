/**
 * Build settings that depend on where the site is built and deployed, read
 * in the site config only (Node), each a pure function of an environment:
 * `SITE_URL` overrides `community.site.url` (preview deploys); `SITE_BASE`
 * the base path, otherwise the site URL's path; `SITE_PREVIEW=1` marks a
 * build of a proposed change; the edit-link repository is
 * `community.site.repository`, or the one GitHub Actions names.
 */
import type { Repository } from './community/types'
import { community } from './community'
import { validateCommunity } from './community/validate'
import { ContentError, guardContent } from './content-error'

type Env = Readonly<Record<string, string | undefined>>

/** The published origin (and path), without a trailing slash. */
export function resolveSiteUrl(env: Env, configured: string): string {
  const url = env.SITE_URL || configured
  // The configured URL is checked with the community facts; SITE_URL is not.
  const scheme = URL.canParse(url) ? new URL(url).protocol : ''
  if (scheme !== 'https:' && scheme !== 'http:') {
    throw new ContentError(
      'SITE_URL',
      `"${url}" is not an absolute http(s) URL.`,
      'Use one such as "https://owner.github.io/community-docs".'
    )
  }
  return url.replace(/\/+$/, '')
}

const basePath = /^\/(?:[\w.~-]+\/)*$/

/**
 * VitePress's `base`: a path that starts and ends with `/`. Taken from
 * `SITE_BASE` when set, else from the site URL, so a site published at
 * `https://owner.github.io/community-docs` builds with `/community-docs/`.
 */
export function resolveSiteBase(env: Env, siteUrl: string): string {
  const given = env.SITE_BASE?.trim()
  const raw = given ? given : new URL(siteUrl).pathname
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  if (!basePath.test(base)) {
    throw new ContentError(
      given ? 'SITE_BASE' : 'The site URL path',
      `"${raw}" is not a valid base path.`,
      'Use letters, digits, "-", "_", "." and "~" between slashes, such as "/community-docs/".'
    )
  }
  return base
}

/**
 * The absolute URL of the site's root, base included, without a trailing
 * slash, so that a preview built under `/pr-preview/` links to itself.
 */
export function resolveSiteRoot(siteUrl: string, base: string): string {
  return new URL(base, `${siteUrl}/`).href.replace(/\/$/, '')
}

/** `SITE_PREVIEW` set to anything but empty, `0` or `false` marks a preview build. */
export function isPreviewBuild(env: Env): boolean {
  const flag = env.SITE_PREVIEW?.trim().toLowerCase()
  return !!flag && flag !== '0' && flag !== 'false'
}

/** The repository GitHub Actions is building, from its own variables. */
export function repositoryFromGitHubActions(env: Env): Repository | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = env
  if (!server || !repository) return undefined
  return {
    url: `${server.replace(/\/+$/, '')}/${repository}`,
    // On a pull request, edits are proposed against its base branch.
    branch: env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || 'main'
  }
}

// The first code to read the community facts when the config loads: it
// checks them all, so that a mistyped site URL is reported as the config's
// mistake, naming the field (guarded: no Vite line, no stack trace).
guardContent(() => validateCommunity(community))
// A mistyped SITE_URL or SITE_BASE is one line too.
export const siteUrl = guardContent(() =>
  resolveSiteUrl(process.env, community.site.url)
)
export const siteBase = guardContent(() =>
  resolveSiteBase(process.env, siteUrl)
)
export const siteRoot = resolveSiteRoot(siteUrl, siteBase)
export const sitePreview = isPreviewBuild(process.env)
export const siteRepository: Repository | undefined =
  community.site.repository ?? repositoryFromGitHubActions(process.env)
