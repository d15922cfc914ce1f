/**
 * Builds the fixture community (tests/fixtures/other-community) as an
 * adopter would: a throwaway copy of this site, reset by `npm run adopt`,
 * with the fixture's config, docs and link files laid over it, committed to
 * a fresh git repository (for "Last updated" and the Changes page), then
 * built.
 *
 * `npm test` runs it, then the link and HTML checks and the end-to-end
 * specs run against the copy's build (playwright.config.ts, project
 * "other-community").
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { otherCommunity } from './lib/test-builds'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.buildOtherCommunity)

const root = resolve(otherCommunity.root)

/** The files of this site an adopter starts from: tracked and new, not ignored. */
function siteFiles(): string[] {
  return execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { encoding: 'utf8' }
  )
    .split('\0')
    .filter(
      (file) =>
        file !== '' &&
        !file.startsWith('docs/') &&
        !file.startsWith('tests/') &&
        file !== 'node_modules'
    )
}

function git(...args: string[]): void {
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Fixture',
      '-c',
      'user.email=fixture@example.org',
      ...args
    ],
    {
      cwd: root,
      stdio: 'ignore'
    }
  )
}

rmSync(root, { recursive: true, force: true })
for (const file of siteFiles()) {
  mkdirSync(dirname(join(root, file)), { recursive: true })
  cpSync(file, join(root, file), { dereference: false })
}
// As an adopter does: reset the previous community's history, then add
// their own config, docs, redirects and permalinks.
execFileSync('npx', ['tsx', 'scripts/adopt.ts', '--yes'], {
  cwd: root,
  stdio: 'ignore'
})
cpSync(otherCommunity.fixture, root, { recursive: true })
symlinkSync(resolve('node_modules'), join(root, 'node_modules'))
git('init', '--quiet', '--initial-branch=trunk')
git('add', '--all')
git('commit', '--quiet', '--message', 'Adopt the community site')

const result = spawnSync('npx', ['vitepress', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    SITE_PREVIEW: '',
    SITE_BASE: '',
    SITE_URL: '',
    GITHUB_SERVER_URL: '',
    GITHUB_REPOSITORY: '',
    GITHUB_REF_NAME: '',
    GITHUB_BASE_REF: ''
  }
})
process.exit(result.status ?? 1)
