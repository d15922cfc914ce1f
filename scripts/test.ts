/**
 * `npm test`: every check, on a fresh machine. It installs a browser if
 * none is found, runs each step even when an earlier one failed,
 * and ends with one line, `N passed, N failed`: Vitest's and Playwright's
 * tests from their JSON reports, and one test for each other step. It exits
 * non-zero on any failure.
 *
 * npm scripts alone cannot add up the counts of two test runners, which is
 * the whole reason this file exists.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { ensureBrowser } from './ensure-browser'
import {
  buildCommand,
  otherCommunity,
  previewBuild,
  publishedBuild
} from './lib/test-builds'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.test)

interface Tally {
  passed: number
  failed: number
}

interface Step {
  name: string
  command: string
  env?: Record<string, string>
  cwd?: string
  /** Reads the step's test counts from its report. */
  tally?: () => Tally
}

function report<T>(path: string): T | undefined {
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as T)
    : undefined
}

// Links and HTML in one process: most of each check was loading the config.
const checksOf = (
  name: string,
  dir: string,
  options: Pick<Step, 'cwd' | 'env'>
): Step => ({
  name: `link check and HTML validation (${name})`,
  command: `tsx scripts/check-build.ts --dir ${dir}`,
  ...options
})

const unitTests: Step = {
  name: 'unit tests',
  command:
    'vitest run --reporter=default --reporter=json --outputFile=reports/unit.json',
  tally: () => {
    const unit = report<{ numPassedTests: number; numFailedTests: number }>(
      'reports/unit.json'
    )
    return unit
      ? { passed: unit.numPassedTests, failed: unit.numFailedTests }
      : { passed: 0, failed: 1 }
  }
}

const docsLints: Step[] = [
  { name: 'Markdown lint', command: 'markdownlint-cli2' },
  {
    name: 'inclusive-language lint',
    command: 'alex --reporter=./scripts/lib/alex-reporter.js docs'
  },
  { name: 'frontmatter lint', command: 'tsx scripts/lint-pages.ts' },
  { name: 'content-safety lint', command: 'tsx scripts/lint-content.ts' }
]

/** The builds the end-to-end tests need, each followed by its checks. */
const builds: Step[] = [
  {
    name: publishedBuild.name,
    command: buildCommand(publishedBuild).slice(1).join(' '),
    env: publishedBuild.env
  },
  { name: 'page-weight budgets', command: 'tsx scripts/check-budget.ts' },
  checksOf(publishedBuild.name, publishedBuild.outDir, {
    env: publishedBuild.env
  }),
  {
    name: previewBuild.name,
    command: buildCommand(previewBuild).slice(1).join(' '),
    env: previewBuild.env
  },
  checksOf(previewBuild.name, previewBuild.outDir, { env: previewBuild.env }),
  ...(otherCommunity.inNpmTest
    ? [
        {
          name: `build (${otherCommunity.name})`,
          command: 'tsx scripts/build-other-community.ts'
        },
        checksOf(otherCommunity.name, '.vitepress/dist', {
          cwd: otherCommunity.root
        })
      ]
    : [])
]

const endToEndTests: Step = {
  name: 'end-to-end tests',
  command: 'playwright test',
  tally: () => {
    const e2e = report<{
      stats: { expected: number; unexpected: number; flaky: number }
    }>('reports/e2e.json')
    return e2e
      ? {
          passed: e2e.stats.expected,
          failed: e2e.stats.unexpected + e2e.stats.flaky
        }
      : { passed: 0, failed: 1 }
  }
}

/**
 * Lanes run side by side, each one step after another. The unit tests need
 * no build, and on two cores they fill the time the other lane spends
 * waiting. The lints stay in line with the builds: loading the config (as
 * the content-safety lint does) rewrites the translation fallbacks in
 * docs/_fallbacks, which a build reads. The end-to-end tests, which keep
 * every core busy, run alone once the builds are done.
 */
const phases: Step[][][] = [
  [[unitTests], [...docsLints, ...builds]],
  [[endToEndTests]]
]

rmSync('reports', { recursive: true, force: true })
// Playwright tests the fixture community whenever its build exists.
if (!otherCommunity.inNpmTest)
  rmSync(otherCommunity.root, { recursive: true, force: true })
ensureBrowser()
const total: Tally = { passed: 0, failed: 0 }
const failed: string[] = []

/**
 * Runs one step. Alone, its output streams; beside other lanes, it is held
 * and printed whole when the step ends, so that steps never interleave.
 */
async function run(step: Step, alone: boolean): Promise<void> {
  const started = Date.now()
  if (alone) console.log(`\n▶ ${step.name}: ${step.command}`)
  const child = spawn(`npx ${step.command}`, {
    shell: true,
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    cwd: step.cwd,
    env: { ...process.env, ...step.env }
  })
  const output: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk))
  // A step that cannot start (its folder is missing) fails like one that ran.
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      console.error(`${step.name}: ${error.message}`)
      resolve(null)
    })
    child.on('close', resolve)
  })
  const ok = code === 0
  if (!alone) {
    console.log(`\n▶ ${step.name}: ${step.command}`)
    process.stdout.write(Buffer.concat(output))
  }
  const tally = step.tally?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 }
  // A runner that crashed before reporting still counts as a failure.
  if (!ok && tally.failed === 0) tally.failed = 1
  total.passed += tally.passed
  total.failed += tally.failed
  if (!ok) failed.push(step.name)
  console.log(
    `  ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
}

for (const lanes of phases) {
  const alone = lanes.length === 1
  await Promise.all(
    lanes.map(async (lane) => {
      for (const step of lane) await run(step, alone)
    })
  )
}
if (failed.length > 0) console.log(`\nFailed: ${failed.join(', ')}`)
console.log(`\n${total.passed} passed, ${total.failed} failed`)
process.exit(failed.length > 0 ? 1 : 0)
