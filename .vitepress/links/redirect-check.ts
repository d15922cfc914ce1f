/**
 * The shape of a redirect, and the checks that make a bad one fail the
 * build: a path that is not a path, a redirect that hides a page, a loop, and
 * a target that is not a page of the site.
 */
import { LinkError } from './link-error'
import { splitFragment } from '../site/paths'

export interface Redirect {
  /** The old path, exactly as it was published: `/core/community.html`. */
  from: string
  /** Where it lives now: a site path, with an optional `#anchor`. */
  to: string
  /**
   * Old anchors of `from`, and where each now lives. A server never sees the
   * `#fragment`, so only the static redirect page can send `#slack` to its
   * new place; `_redirects` hosts keep the fragment as it is.
   */
  anchors?: Record<string, string>
}

/** The paths a redirect may lead to. */
export interface KnownPaths {
  /** Page paths, such as `/` and `/community`. */
  pages: readonly string[]
  /** Other generated pages, such as the short links `/r/2`. */
  generated: readonly string[]
}

/** Where the list lives, for error messages. */
export const redirectsSource = '.vitepress/redirects.ts'

function fail(redirect: Redirect, problem: string): never {
  throw new LinkError(
    `${redirectsSource}: the redirect from "${redirect.from}" ${problem}`
  )
}

/** Where CONTRIBUTING.md explains aliases, for the messages that need one. */
const aliasRecipe =
  'add the old id to the aliases of the rule that replaces it (CONTRIBUTING.md, "Removing or renaming a rule")'

function checkFrom(redirect: Redirect, known: KnownPaths): void {
  const { path, fragment: anchor } = splitFragment(redirect.from)
  if (path.startsWith('/') && anchor && known.pages.includes(path)) {
    fail(
      redirect,
      `names the anchor #${anchor} of a page that exists, and a redirect cannot move one anchor. For a rule's old id, ${aliasRecipe}; for a heading, give the heading that id again.`
    )
  }
  if (!redirect.from.startsWith('/') || /[#?\s]/.test(redirect.from)) {
    fail(
      redirect,
      'is not a site path. Write the old path from the site root, without #anchor or ?query, such as "/core/community.html".'
    )
  }
}

function checkTarget(redirect: Redirect, target: string): void {
  if (!target.startsWith('/') || /[?\s]/.test(target)) {
    fail(
      redirect,
      `goes to "${target}", which is not a site path. Write the new path from the site root, such as "/community#join-slack".`
    )
  }
}

/** A redirect, and the page it ends on after any chain of redirects. */
export interface CheckedRedirect {
  redirect: Redirect
  /** A page path, such as `/community`. */
  finalPage: string
}

/** Each redirect with the page it ends on; a bad entry throws a `LinkError`. */
export function checkRedirects(
  redirects: readonly Redirect[],
  known: KnownPaths
): CheckedRedirect[] {
  const existing = new Set([...known.pages, ...known.generated])
  const byFrom = new Map<string, Redirect>()
  for (const redirect of redirects) {
    checkFrom(redirect, known)
    if (byFrom.has(redirect.from))
      fail(redirect, 'is listed twice. Keep one entry.')
    if (known.generated.includes(redirect.from)) {
      fail(
        redirect,
        `hides the short link ${redirect.from} of a rule that exists. A short link leads to its rule; to send an old id or number to another rule, ${aliasRecipe}, and remove this redirect.`
      )
    }
    if (existing.has(redirect.from)) {
      fail(
        redirect,
        'hides a page that exists. Remove the redirect, or the page it hides.'
      )
    }
    byFrom.set(redirect.from, redirect)
  }

  const checked: CheckedRedirect[] = []
  for (const redirect of redirects) {
    const targets = [redirect.to, ...Object.values(redirect.anchors ?? {})]
    for (const target of targets) {
      checkTarget(redirect, target)
      // Follow the chain of redirects, remembering each hop to spot a loop.
      const chain = [redirect.from]
      let path = splitFragment(target).path
      for (let next = byFrom.get(path); next; next = byFrom.get(path)) {
        if (chain.includes(path)) {
          fail(
            redirect,
            `is part of a loop: ${[...chain, path].join(' → ')}. Point one of them at a page.`
          )
        }
        chain.push(path)
        path = splitFragment(next.to).path
      }
      if (!existing.has(path)) {
        const via =
          chain.length > 1 ? ` (via ${chain.slice(1).join(' → ')})` : ''
        fail(
          redirect,
          `goes to "${path}"${via}, which is not a page of the site. Pages: ${known.pages.join(', ')}.`
        )
      }
      if (target === redirect.to) checked.push({ redirect, finalPage: path })
    }
  }
  return checked
}

/** The `_redirects` file that Netlify and Cloudflare Pages read: permanent redirects. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const header = [
    `# Generated from ${redirectsSource} by the site build. Do not edit.`,
    '# Each old path also has a static page that redirects, for other hosts.'
  ]
  return `${[...header, ...redirects.map(({ from, to }) => `${from} ${to} 301`)].join('\n')}\n`
}
