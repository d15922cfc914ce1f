/**
 * Pages that moved. Each entry keeps an old URL working: the build writes a
 * small page at `from` that sends readers on to `to`, and lists the pair in
 * `_redirects` for hosts that read that file (Netlify, Cloudflare Pages).
 *
 * When you remove or rename a page, add an entry here: the permalink registry
 * (`permalinks.json`) fails the build for any URL that is no longer served.
 * A rule that is renamed or removed keeps its old id as an alias instead: see
 * "Removing or renaming a rule" in CONTRIBUTING.md. A mistake (a loop, or a
 * target that is not a page) fails the build with the entry it names.
 *
 * These entries are the Prefect community's: its old VuePress pages under
 * /core/. `npm run adopt` empties this list for another community.
 */
import type { Redirect } from './links/redirect-check'

export const redirects: Redirect[] = [
  {
    // The old VuePress site served the community page at /core/.
    from: '/core/community.html',
    to: '/community',
    anchors: {
      // Its headings, slugged by VuePress: "# Community", "# Slack" and
      // "## Slack Guidelines" (the rules, before they had anchors of their own).
      community: '/community',
      slack: '/community#join-slack',
      'slack-guidelines': '/slack-rules'
    }
  },
  { from: '/core/code_of_conduct.html', to: '/code-of-conduct' }
]
