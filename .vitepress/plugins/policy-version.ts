/**
 * Policy versions: on a page whose frontmatter has a `version` and an
 * `effectiveDate`, puts `<PolicyVersion …/>` right under the title, inside
 * the main content, so no maintainer writes the version twice where the two
 * could disagree. A translated policy page (`translationOf` instead of a
 * version) gets its original's line, in the locale's words.
 */
import type MarkdownIt from 'markdown-it'
import { pluginTag } from '../content/plugin-tags'
import type { PolicyPage } from '../policy/policies'
import { changesPath } from '../site/guide-pages'
import type { SitePage } from '../site/model'
import { anchorPath } from '../site/paths'
import { pagesFolder, type PageEnv } from './source-location'

export interface PolicyVersionOptions {
  /** The policy pages, for the link to each one's section on the Changes page. */
  policies: readonly PolicyPage[]
  /** The site's pages, for a translation's original; none: no translations. */
  pages?: readonly Pick<SitePage, 'file' | 'original' | 'frontmatter'>[]
}

/** YAML may have read an unquoted date as a Date; we want YYYY-MM-DD. */
function calendarDay(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

export function policyVersionPlugin(
  md: MarkdownIt,
  options: PolicyVersionOptions
): void {
  md.core.ruler.push('policy_version', (state) => {
    const env = state.env as PageEnv | undefined
    const relativePath = env?.relativePath ?? ''
    const original =
      options.pages?.find((page) => page.file === relativePath)?.original ??
      relativePath
    const frontmatter =
      env?.frontmatter?.version === undefined
        ? options.pages?.find((page) => page.file === original)?.frontmatter
        : env.frontmatter
    const version = frontmatter?.version
    const effectiveDate = calendarDay(frontmatter?.effectiveDate)
    if (typeof version !== 'string' || !effectiveDate) return

    const file = `${pagesFolder}/${original}`
    const policy = options.policies.find((page) => page.file === file)
    const changesLink = policy
      ? anchorPath(changesPath, policy.id)
      : changesPath

    const escape = md.utils.escapeHtml
    const token = new state.Token('html_block', '', 0)
    token.content =
      `<${pluginTag('PolicyVersion', env)} version="${escape(version)}" ` +
      `effective-date="${escape(effectiveDate)}" ` +
      `changes-link="${escape(changesLink)}" />\n`

    // Right after the first h1, or at the top of a page without one.
    const titleEnd = state.tokens.findIndex(
      (t) => t.type === 'heading_close' && t.tag === 'h1'
    )
    state.tokens.splice(titleEnd + 1, 0, token)
  })
}
