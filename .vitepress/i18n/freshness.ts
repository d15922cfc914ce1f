/**
 * Whether a translated page is up to date, computed from what its
 * frontmatter says it translates (`translationOf: { version }` for a policy
 * page, `{ commit }` for any page) against the original's current version
 * and git history, so it cannot drift from the truth.
 */
import { ContentError } from '../content-error'
import { readPage } from '../content/frontmatter'
import { fileCommits, git, historyStatus } from '../policy/git-history'
import type { SiteModel, SitePage } from '../site/model'

export type Freshness =
  | { status: 'current'; version: string }
  | {
      status: 'stale'
      translated: string
      current: string
      /** The first change the translation lacks: its date and how many since. */
      since?: { date: string; commits: number }
    }
  | { status: 'missing' }
  /** Recorded as a commit, in a build without git history. */
  | { status: 'unknown' }

interface TranslationOf {
  version?: string
  commit?: string
}

function translationOf(page: SitePage, original: SitePage): TranslationOf {
  const value = page.frontmatter.translationOf as TranslationOf | undefined
  if (!value || !value.version === !value.commit) {
    throw new ContentError(
      page.source,
      `a translated page says what it translates: add "translationOf: { version: '1.0' }" (the original's version) or "translationOf: { commit: <hash> }" (the commit of ${original.source} it was translated from), not both.`
    )
  }
  return value
}

/** The commits of `file` newer than the first whose version is `version`. */
function commitsSinceVersion(root: string, file: string, version: string) {
  const commits = fileCommits(root, file)
  const newer = []
  for (const commit of commits) {
    const text = git(root, ['show', `${commit.hash}:${file}`])
    const data = text === undefined ? {} : readPage(text, file).data
    if (data.version === version) break
    newer.push(commit)
  }
  return newer
}

function commitsSinceCommit(root: string, file: string, commit: string) {
  const known = git(root, [
    'rev-parse',
    '--verify',
    '--quiet',
    `${commit}^{commit}`
  ])
  if (!known)
    throw new ContentError(
      file,
      `translationOf.commit "${commit}" is not a commit of this repository.`
    )
  const hashes = (git(root, ['rev-list', `${commit}..HEAD`, '--', file]) ?? '')
    .split('\n')
    .filter(Boolean)
  return fileCommits(root, file).filter((each) => hashes.includes(each.hash))
}

/** Where a translated page stands against its original. */
function freshness(
  page: SitePage,
  originalPage: SitePage,
  root: string
): Freshness {
  const recorded = translationOf(page, originalPage)
  const original = originalPage.source
  const full = historyStatus(root) === 'full'
  if (recorded.version !== undefined) {
    const current = originalPage.frontmatter.version
    if (typeof current !== 'string')
      throw new ContentError(
        page.source,
        `translationOf.version: ${original} has no version. Record the commit it was translated from instead: "translationOf: { commit: <hash> }".`
      )
    if (current === recorded.version)
      return { status: 'current', version: current }
    const newer = full
      ? commitsSinceVersion(root, original, recorded.version)
      : []
    return stale(recorded.version, current, newer)
  }
  const commit = String(recorded.commit)
  if (!full) return { status: 'unknown' }
  const newer = commitsSinceCommit(root, original, commit)
  const latest = newer[0]
  return latest
    ? stale(commit.slice(0, 7), latest.shortHash, newer)
    : { status: 'current', version: commit.slice(0, 7) }
}

function stale(
  translated: string,
  current: string,
  newer: readonly { date: string }[]
): Freshness {
  const oldest = newer.at(-1)
  return {
    status: 'stale',
    translated,
    current,
    ...(oldest && {
      since: { date: oldest.date.slice(0, 10), commits: newer.length }
    })
  }
}

/** A page in a locale: its freshness; `undefined` in the default language. */
export function pageFreshness(
  page: SitePage,
  model: Pick<SiteModel, 'pages'>,
  root: string
): Freshness | undefined {
  const original = model.pages.find(
    (each) => !each.locale && each.file === page.original
  )
  if (!page.locale || !original) return undefined
  return page.fallback ? { status: 'missing' } : freshness(page, original, root)
}
