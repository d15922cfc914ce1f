/**
 * The policy pages: the pages that carry a version and an effective date,
 * and whose every change is listed on the Changes page. Their titles and
 * paths come from the site model, that is from each page's frontmatter.
 */
import { ContentError } from '../content-error'
import { codeOfConductFile, slackRulesFile } from '../site/guide-pages'
import type { SitePage } from '../site/model'

export interface PolicyPage {
  /** Stable id: the anchor of the policy's section on the Changes page. */
  id: string
  title: string
  /** The page's Markdown file, from the repository root. */
  file: string
  /** The page's URL path, without the site base. */
  link: string
}

/** The policy pages' files, from the repository root. */
export const policyFiles: readonly string[] = [
  `docs/${codeOfConductFile}`,
  `docs/${slackRulesFile}`
]

export function isPolicyFile(file: string): boolean {
  return policyFiles.includes(file)
}

/** The anchor of a policy's section on the Changes page: its file's name. */
export function policyId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/, '')
}

/** Each policy page, as the site model read it. */
export function policyPages(pages: readonly SitePage[]): PolicyPage[] {
  return policyFiles.map((file) => {
    const page = pages.find((each) => each.source === file)
    if (!page) {
      throw new ContentError(
        file,
        'this policy page is missing.',
        'Restore it, or take it out of .vitepress/policy/policies.ts.'
      )
    }
    return { id: policyId(file), title: page.title, file, link: page.path }
  })
}
