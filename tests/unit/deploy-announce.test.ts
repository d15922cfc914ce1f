/**
 * The deploy workflow's Slack announcement: posted only from the default
 * branch after a deploy, only with the SLACK_WEBHOOK_URL secret, never from
 * a pull request, and with the secret in one step's environment only.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, { needs?: string[]; if?: string; steps: Step[] }>
}

const source = readFileSync('.github/workflows/deploy.yml', 'utf8')
const workflow = parse(source) as Workflow
const announceStep = workflow.jobs.build?.steps.find(
  (step) => step.id === 'announcement'
)
const scratch = mkdtempSync(join(tmpdir(), 'deploy-announce-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the deploy workflow posts policy announcements safely', () => {
  test('it runs on pushes to main and by hand, never on pull requests', () => {
    expect(Object.keys(workflow.on).sort()).toEqual([
      'push',
      'workflow_dispatch'
    ])
  })

  test('the webhook URL reaches only the posting step', () => {
    const uses = [
      ...source.matchAll(/\$\{\{[^}]*secrets\.SLACK_WEBHOOK_URL[^}]*\}\}/g)
    ]
    expect(uses.map((match) => match[0])).toEqual([
      // The build learns only whether the secret exists.
      "${{ secrets.SLACK_WEBHOOK_URL != '' }}",
      '${{ secrets.SLACK_WEBHOOK_URL }}'
    ])
    const post = workflow.jobs.announce?.steps.find(
      (step) => step.env?.SLACK_WEBHOOK_URL
    )
    expect(post?.run).toBe(
      'npx tsx scripts/post-to-slack.ts policy-announcement.json'
    )
  })

  test('the announcement is posted after the deploy, only when one was written', () => {
    expect(workflow.jobs.announce?.needs).toEqual(['build', 'deploy'])
    expect(workflow.jobs.announce?.if).toBe(
      "needs.build.outputs.announce == 'true'"
    )
    expect(announceStep?.run).toContain(
      'npm run --silent policy:announce -- --since "$SINCE" --format json'
    )
  })

  // The step's own shell script, run with the environment GitHub would set.
  const skips = [
    {
      name: 'no secret',
      env: { SLACK_CONFIGURED: 'false' },
      says: 'No SLACK_WEBHOOK_URL secret: no announcement.'
    },
    {
      name: 'another branch',
      env: { GITHUB_REF: 'refs/heads/feature' },
      says: 'Not the default branch: no announcement.'
    },
    // Each run with no earlier commit to compare with.
    ...[
      {
        name: 'the first push of a branch (no commit before)',
        since: '0'.repeat(40)
      },
      { name: 'a run by hand without a commit to compare with', since: '' },
      {
        name: 'a commit this clone does not have (a force push)',
        since: 'f'.repeat(40)
      }
    ].map(({ name, since }) => ({
      name,
      env: { SINCE: since },
      says: 'No earlier commit to compare with: no announcement.'
    }))
  ]
  test.each(skips)(
    '$name: nothing is written',
    ({ env, says }) => {
      const output = join(scratch, 'github-output')
      const result = spawnSync('bash', ['-e', '-c', announceStep?.run ?? ''], {
        cwd: scratch,
        encoding: 'utf8',
        env: {
          ...process.env,
          SLACK_CONFIGURED: 'true',
          GITHUB_REF: 'refs/heads/main',
          DEFAULT_BRANCH: 'refs/heads/main',
          SINCE: 'HEAD~1',
          GITHUB_OUTPUT: output,
          ...env
        }
      })
      expect(result.status).toBe(0)
      expect(result.stdout).toBe(`${says}\n`)
      expect(() => readFileSync(output)).toThrow()
    },
    30_000
  )
})
