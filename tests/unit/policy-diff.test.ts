/**
 * What `policy:announce` finds changed between two commits of a temporary
 * git repository: rules added, removed, renamed and reworded, judged on the
 * parsed rules at both commits.
 */
import { afterAll, describe, expect, test } from 'vitest'
import { policySnapshotsAt } from '../../.vitepress/policy/git-refs'
import {
  diffPolicies,
  type RuleChange
} from '../../.vitepress/policy/policy-diff'
import {
  policyPage,
  policyRepo,
  type FixturePolicy,
  type FixtureRule
} from './fixtures/policy-repo'

/** A policy page that holds rules. */
const rulesPage = 'slack-rules.md'
const file = `docs/${rulesPage}`
const repo = policyRepo()
afterAll(() => repo.remove())

const kind: FixtureRule = {
  id: 'be-kind',
  number: 1,
  title: 'Be kind',
  summary: 'Write as you would speak to a colleague.',
  body: 'Kindness first.\nAlways.',
  enforcement: 'correction'
}
const threads: FixtureRule = {
  id: 'use-threads-here',
  number: 2,
  title: 'Reply in threads',
  summary: 'Keep long answers in a thread.',
  body: 'Threads keep channels short.',
  example: '> A short message, details in the thread.'
}
const v1: FixturePolicy = { version: '1.0', rules: [kind, threads] }
const v2 = (rules: FixtureRule[]): FixturePolicy => ({
  version: '1.1',
  versions: ['1.1', '1.0'],
  rules
})

/** What a change says, without the whole rule. */
function brief(change: RuleChange) {
  return change.kind === 'removed'
    ? { kind: change.kind, id: change.rule.id, coveredBy: change.coveredBy?.id }
    : change.kind === 'changed'
      ? {
          kind: change.kind,
          id: change.rule.id,
          previousTitle: change.previousTitle,
          reworded: change.reworded
        }
      : { kind: change.kind, id: change.rule.id }
}

function compare(before: FixturePolicy, after: FixturePolicy) {
  const from = repo.commit({ [file]: policyPage(before) })
  const to = repo.commit({ [file]: policyPage(after) })
  return diffPolicies(
    policySnapshotsAt(repo.root, from),
    policySnapshotsAt(repo.root, to)
  )
}

const cases: {
  name: string
  after: FixturePolicy
  rules: ReturnType<typeof brief>[]
}[] = [
  {
    name: 'a new rule',
    after: v2([kind, threads, { ...threads, id: 'new-rule', number: 3 }]),
    rules: [{ kind: 'added', id: 'new-rule' }]
  },
  {
    name: 'a removed rule whose id another rule now holds as an alias',
    after: v2([{ ...kind, aliases: [threads.id] }]),
    rules: [{ kind: 'removed', id: threads.id, coveredBy: kind.id }]
  },
  {
    name: 'a removed rule that nothing covers',
    after: v2([threads]),
    rules: [{ kind: 'removed', id: kind.id, coveredBy: undefined }]
  },
  {
    name: 'a renamed rule (same id, new title)',
    after: v2([{ ...kind, title: 'Be kind to everyone' }, threads]),
    rules: [
      {
        kind: 'changed',
        id: kind.id,
        previousTitle: kind.title,
        reworded: false
      }
    ]
  },
  {
    name: 'a reworded rule text',
    after: v2([kind, { ...threads, body: 'Threads keep channels readable.' }]),
    rules: [
      {
        kind: 'changed',
        id: threads.id,
        previousTitle: undefined,
        reworded: true
      }
    ]
  },
  {
    name: 'a reworded summary',
    after: v2([{ ...kind, summary: 'Be patient and friendly.' }, threads]),
    rules: [
      {
        kind: 'changed',
        id: kind.id,
        previousTitle: undefined,
        reworded: true
      }
    ]
  },
  {
    name: 'a reworded example',
    after: v2([kind, { ...threads, example: '> Details go below.' }]),
    rules: [
      {
        kind: 'changed',
        id: threads.id,
        previousTitle: undefined,
        reworded: true
      }
    ]
  },
  {
    name: 'a new enforcement step',
    after: v2([{ ...kind, enforcement: 'warning' }, threads]),
    rules: [
      {
        kind: 'changed',
        id: kind.id,
        previousTitle: undefined,
        reworded: true
      }
    ]
  },
  {
    name: 'a renamed and reworded rule',
    after: v2([kind, { ...threads, title: 'Threads', body: 'New text.' }]),
    rules: [
      {
        kind: 'changed',
        id: threads.id,
        previousTitle: threads.title,
        reworded: true
      }
    ]
  },
  {
    name: 'reordered rules and re-wrapped lines: no rule change',
    after: v2([
      { ...kind, number: 2, body: 'Kindness first. Always.' },
      { ...threads, number: 1 }
    ]),
    rules: []
  },
  {
    name: 'a new id that keeps the old one as an alias: the same rule',
    after: v2([{ ...kind, id: 'kindness', aliases: [kind.id] }, threads]),
    rules: []
  }
]

describe('rule changes between two versions of a policy', () => {
  test.each(cases)('$name', ({ after, rules }) => {
    const { changes, unannounced } = compare(v1, after)
    expect(changes).toHaveLength(1)
    const [change] = changes
    expect(change).toMatchObject({
      file,
      title: 'Fixture rules',
      previousVersion: v1.version,
      version: after.version,
      effectiveDate: '2030-01-01',
      entries: [
        {
          version: after.version,
          summary: `Version ${after.version} of the fixture rules.`
        }
      ]
    })
    expect(change!.rules.map(brief)).toEqual(rules)
    expect(unannounced).toEqual([])
  })
})

describe('when to announce', () => {
  test('nothing changed: nothing to announce', () => {
    expect(compare(v1, v1)).toEqual({ changes: [], unannounced: [] })
  })

  test('a reworded rule under the same version is a small fix: not announced', () => {
    const after = {
      ...v1,
      rules: [{ ...kind, body: 'Fixed a typo.' }, threads]
    }
    expect(compare(v1, after)).toEqual({ changes: [], unannounced: [] })
  })

  test('a new rule under the same version is not announced, but reported', () => {
    const extra = { ...threads, id: 'extra', number: 3 }
    const { changes, unannounced } = compare(v1, {
      ...v1,
      rules: [kind, threads, extra]
    })
    expect(changes).toEqual([])
    expect(
      unannounced.map(({ file, rules }) => [file, rules.map(brief)])
    ).toEqual([[file, [{ kind: 'added', id: 'extra' }]]])
  })

  test('a page that becomes a policy: every rule is new', () => {
    const { changes } = compare({ rules: [kind] }, v1)
    expect(changes[0]?.previousVersion).toBeUndefined()
    expect(changes[0]?.rules.map(brief)).toEqual([
      { kind: 'added', id: kind.id },
      { kind: 'added', id: threads.id }
    ])
  })

  test('a policy from before the changelog rules: compared by its version', () => {
    const from = repo.commit({
      [file]: `---\ntitle: Old\nversion: '0.9'\n---\n\n# Old\n`
    })
    const to = repo.commit({ [file]: policyPage(v1) })
    expect(() => policySnapshotsAt(repo.root, from)).toThrow(
      `${file}:1: the frontmatter has no "changelog".`
    )
    const { changes } = diffPolicies(
      policySnapshotsAt(repo.root, from, { strict: false }),
      policySnapshotsAt(repo.root, to)
    )
    expect(changes[0]).toMatchObject({
      previousVersion: '0.9',
      version: v1.version,
      entries: [{ version: v1.version }]
    })
  })
})

describe('mistakes', () => {
  test('an unknown ref names itself and what to pass', () => {
    expect(() => policySnapshotsAt(repo.root, 'no-such-ref')).toThrow(
      `"no-such-ref" is not a commit in ${repo.root}. Pass a commit, a tag or a branch, such as HEAD~1 or v1.0`
    )
  })

  test('a broken rule at a ref names the ref, the file and the line', () => {
    const broken = policyPage(v1).replace('title: Be kind\n', '')
    const commit = repo.commit({ [file]: broken })
    expect(() => policySnapshotsAt(repo.root, commit)).toThrow(
      `At ${commit}: ${file}:`
    )
    expect(() => policySnapshotsAt(repo.root, commit)).toThrow(
      'the rule "be-kind" has no title.'
    )
  })
})
