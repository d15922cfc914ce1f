/**
 * `npm test`: every check, in order, on a fresh machine.
 *
 * 1. unit and component tests (Vitest);
 * 2. lints of docs/: Markdown, inclusive language, page frontmatter, and
 *    content safety (no script, event handler or Vue code in a page);
 * 3. the production build (which fails on dead links and bad config), and a
 *    preview build served under a base path (scripts/lib/test-builds.ts);
 * 4. checks of both builds: every internal link and #fragment resolves, and
 *    every page is valid HTML; and the page-weight budgets (budgets.json)
 *    against the production build;
 * 5. end-to-end tests (Playwright with Chromium against those builds).
 *
 * It installs a browser if none is found, and ends with one line,
 * `N passed, N failed`, summing every test; it exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureBrowser } from './ensure-browser'
import {
  buildCommand,
  previewBuild,
  publishedBuild,
  testBuilds
} from './lib/test-builds'

interface Tally {
  passed: number
  failed: number
}

interface Step {
  name: string
  command: [string, ...string[]]
  /** Added to the environment of the command. */
  env?: Record<string, string>
  /** Counts the step's tests from its report; a step without one counts as one test. */
  tally?: () => Tally
}

const reports = 'reports'

function readJson<T>(path: string): T | undefined {
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as T)
    : undefined
}

function vitestTally(): Tally {
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(
    `${reports}/unit.json`
  )
  return report
    ? { passed: report.numPassedTests, failed: report.numFailedTests }
    : { passed: 0, failed: 1 }
}

function playwrightTally(): Tally {
  const report = readJson<{
    stats: { expected: number; unexpected: number; flaky: number }
  }>(`${reports}/e2e.json`)
  if (!report) return { passed: 0, failed: 1 }
  const { expected, unexpected, flaky } = report.stats
  return { passed: expected, failed: unexpected + flaky }
}

const steps: Step[] = [
  {
    name: 'unit tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${reports}/unit.json`
    ],
    tally: vitestTally
  },
  { name: 'Markdown lint', command: ['npx', 'markdownlint-cli2'] },
  {
    name: 'inclusive-language lint',
    command: [
      'npx',
      'alex',
      '--reporter=./scripts/lib/alex-reporter.js',
      'docs'
    ]
  },
  {
    name: 'frontmatter lint',
    command: ['npx', 'tsx', 'scripts/lint-pages.ts']
  },
  {
    name: 'content-safety lint',
    command: ['npx', 'tsx', 'scripts/lint-content.ts']
  },
  {
    name: publishedBuild.name,
    command: buildCommand(publishedBuild),
    env: publishedBuild.env
  },
  {
    name: 'page-weight budgets',
    command: ['npx', 'tsx', 'scripts/check-budget.ts']
  },
  {
    name: previewBuild.name,
    command: buildCommand(previewBuild),
    env: previewBuild.env
  },
  ...testBuilds.flatMap((build): Step[] => [
    {
      name: `link check (${build.name})`,
      command: ['npx', 'tsx', 'scripts/check-links.ts', '--dir', build.outDir],
      env: build.env
    },
    {
      name: `HTML validation (${build.name})`,
      command: ['npx', 'tsx', 'scripts/check-html.ts', '--dir', build.outDir],
      env: build.env
    }
  ]),
  {
    name: 'end-to-end tests',
    command: ['npx', 'playwright', 'test'],
    tally: playwrightTally
  }
]

function main(): void {
  rmSync(reports, { recursive: true, force: true })
  mkdirSync(reports, { recursive: true })
  ensureBrowser()

  const total: Tally = { passed: 0, failed: 0 }
  const failedSteps: string[] = []
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`)
    const [command, ...args] = step.command
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...step.env }
    })
    const ok = result.status === 0
    const tally = step.tally
      ? step.tally()
      : ok
        ? { passed: 1, failed: 0 }
        : { passed: 0, failed: 1 }
    // A runner that crashed before reporting still counts as a failure.
    if (!ok && tally.failed === 0) tally.failed = 1
    total.passed += tally.passed
    total.failed += tally.failed
    if (!ok) failedSteps.push(step.name)
  }

  if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`)
  console.log(`\n${total.passed} passed, ${total.failed} failed`)
  process.exit(failedSteps.length > 0 ? 1 : 0)
}

main()
