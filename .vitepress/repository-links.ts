/**
 * Links into the repository that holds this site's Markdown, for "Edit this
 * page", the contributing guide and issue forms. The links follow GitHub's
 * URL scheme, which GitHub Enterprise servers share.
 */
import type { Repository } from './community/types'

/** VitePress's `editLink.pattern`: `:path` is the page's file under `docs/`. */
export function editLinkPattern(repository: Repository): string {
  return `${repository.url}/edit/${repository.branch}/docs/:path`
}

export function contributingGuideUrl(repository: Repository): string {
  return `${repository.url}/blob/${repository.branch}/CONTRIBUTING.md`
}

/** A new issue, with one of the forms in `.github/ISSUE_TEMPLATE/`. */
export function newIssueUrl(repository: Repository, form: string): string {
  return `${repository.url}/issues/new?template=${encodeURIComponent(form)}`
}
