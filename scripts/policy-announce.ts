/**
 * `npm run policy:announce -- --since <ref> [--until <ref>] [--format
 * both|mrkdwn|json]`: prints the Slack announcement of what changed in the
 * policy pages (the pages with a `version`) between a git ref (HEAD~1, v1.0)
 * and `--until` (HEAD), as mrkdwn text, Block Kit JSON or both: for each
 * policy whose version changed, the new version and its effective date, and
 * the rules added, removed, renamed or reworded, with their short links.
 * Computed from the rules as the site parses them at both refs, not from a
 * text diff.
 *
 * When no policy version changed it prints nothing on stdout, says so on
 * stderr, and exits 0: the deploy workflow posts only a non-empty message.
 */
import { execFileSync } from 'node:child_process'
import { community } from '../.vitepress/community'
import { policySnapshotsAt } from '../.vitepress/policy/git-refs'
import { diffPolicies } from '../.vitepress/policy/policy-diff'
import { siteRoot } from '../.vitepress/site-env'
import { checkFormat, formatMessage } from '../.vitepress/slack/message-output'
import {
  policyAnnouncement,
  siteAnnouncementLinks
} from '../.vitepress/slack/policy-announcement'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const { values } = readCommandLine(commands.policyAnnounce)
const { since, until, format } = values
if (!since)
  fail(
    'Pass the ref to compare with: npm run policy:announce -- --since <ref>, such as --since HEAD~1 or --since v1.0.'
  )

try {
  checkFormat(format)
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
    encoding: 'utf8'
  }).trim()
  const { changes, unannounced } = diffPolicies(
    policySnapshotsAt(root, since, { strict: false }),
    policySnapshotsAt(root, until)
  )
  for (const { file, rules } of unannounced) {
    const ids = rules.map((change) => `${change.kind} "${change.rule.id}"`)
    console.error(
      `${file}: rules changed (${ids.join(', ')}) but the version did not, so they are not announced. A new or removed rule is a substantive change: raise "version" and add a changelog entry (CONTRIBUTING, "Policy versions").`
    )
  }
  const message = policyAnnouncement({
    changes,
    links: siteAnnouncementLinks(siteRoot),
    lang: community.lang
  })
  if (!message) {
    console.error(
      `No policy version changed between ${since} and ${until}: nothing to announce.`
    )
  } else {
    console.log(formatMessage(message, format, 'Policy announcement'))
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
