/**
 * The policy pages: the pages that carry a version and an effective date,
 * and whose every change is listed on the Changes page.
 */
export interface PolicyPage {
  /** Stable id: the anchor of the policy's section on the Changes page. */
  id: string
  title: string
  /** The page's Markdown file, from the repository root. */
  file: string
  /** The page's URL path, without the site base. */
  link: string
}

export const policyPages: readonly PolicyPage[] = [
  {
    id: 'code-of-conduct',
    title: 'Code of conduct',
    file: 'docs/code-of-conduct.md',
    link: '/code-of-conduct'
  },
  {
    id: 'slack-rules',
    title: 'Slack rules',
    file: 'docs/slack-rules.md',
    link: '/slack-rules'
  }
]

export function isPolicyFile(file: string): boolean {
  return policyPages.some((policy) => policy.file === file)
}
