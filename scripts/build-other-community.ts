/**
 * Builds the fixture community (tests/fixtures/other-community) as an
 * adopter would: a copy of this site without its docs, reset by `npm run
 * adopt`, with the fixture's config, docs and link files laid over it,
 * committed to a fresh git repository (for "Last updated" and the Changes
 * page), then built. `npm test` then runs the link and HTML checks and the
 * end-to-end specs against it (playwright.config.ts, "other-community").
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'
import { copySite } from './lib/site-copy'
import { otherCommunity } from './lib/test-builds'

readCommandLine(commands.buildOtherCommunity)

const root = resolve(otherCommunity.root)
const inCopy = (command: string, ...args: string[]) =>
  execFileSync(command, args, { cwd: root, stdio: 'ignore' })
const git = (...args: string[]) =>
  inCopy(
    'git',
    '-c',
    'user.name=Fixture',
    '-c',
    'user.email=fixture@example.org',
    ...args
  )

copySite(root, ['docs/', 'tests/'])
inCopy('npx', 'tsx', 'scripts/adopt.ts', '--yes')
cpSync(otherCommunity.fixture, root, { recursive: true })
git('init', '--quiet', '--initial-branch=trunk')
git('add', '--all')
git('commit', '--quiet', '--message', 'Adopt the community site')

// None of this site's own build settings may reach the adopter's build.
const cleared = Object.fromEntries(
  [
    'SITE_PREVIEW',
    'SITE_BASE',
    'SITE_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_REPOSITORY',
    'GITHUB_REF_NAME',
    'GITHUB_BASE_REF'
  ].map((name) => [name, ''])
)
const result = spawnSync('npx', ['vitepress', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...cleared }
})
process.exit(result.status ?? 1)
