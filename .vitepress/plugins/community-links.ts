/**
 * `community:` links: `[join Slack](community:slack)` becomes a link to the
 * Slack invite in `.vitepress/community.ts`, so each such URL is kept once,
 * and a typo in an id fails the build naming the file and line. Ids:
 * `slack`, `repository` (the project's), and every resource's `id`.
 */
import type MarkdownIt from 'markdown-it'
import { ContentError } from '../content-error'
import type { Community } from '../community/types'
import { sourceLocation } from './source-location'

const scheme = 'community:'

/** Every `community:<id>` target, by id. */
export function communityLinkTargets(
  community: Readonly<Community>
): Map<string, string> {
  const targets = new Map<string, string>([
    ['slack', community.slack.inviteUrl],
    ['repository', community.project.repository]
  ])
  for (const resource of community.resources)
    targets.set(resource.id, resource.url)
  return targets
}

/** Resolves one href (others pass unchanged); an unknown id throws at `where`. */
export function resolveCommunityLink(
  href: string,
  targets: Map<string, string>,
  where: string
): string {
  if (!href.startsWith(scheme)) return href
  const id = href.slice(scheme.length)
  const target = targets.get(id)
  if (target === undefined) {
    throw new ContentError(
      where,
      `unknown link "${href}".`,
      `Use one of: ${[...targets.keys()].map((key) => scheme + key).join(', ')}, ` +
        `or add a resource with that id to .vitepress/community.ts.`
    )
  }
  return target
}

/**
 * The home page's frontmatter links (hero actions, features), resolved in
 * place: page-schema.ts lets `community:` through in both.
 */
export function resolveFrontmatterLinks(
  frontmatter: Record<string, unknown>,
  targets: Map<string, string>,
  where: string
): void {
  const { hero, features } = frontmatter as {
    hero?: { actions?: { link?: string }[] }
    features?: { link?: string }[]
  }
  for (const item of [...(hero?.actions ?? []), ...(features ?? [])])
    if (item.link) item.link = resolveCommunityLink(item.link, targets, where)
}

export function communityLinksPlugin(
  md: MarkdownIt,
  { community }: { community: Readonly<Community> }
): void {
  const targets = communityLinkTargets(community)

  // markdown-it refuses unknown URL schemes by default; let ours through.
  const validateLink = md.validateLink.bind(md)
  md.validateLink = (url) => url.startsWith(scheme) || validateLink(url)

  md.core.ruler.push('community_links', (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue
        const href = token.attrGet('href')
        if (href === null) continue
        const where = sourceLocation(state.env, block.map)
        token.attrSet('href', resolveCommunityLink(href, targets, where))
      }
    }
  })
}
