import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  commitDiffUrl,
  fileCommits,
  historyStatus,
  parseGitLog
} from '../../.vitepress/policy/git-history'
import { loadPolicyChanges } from '../../.vitepress/policy/changes.data'
import { policyRepo, type PolicyRepo } from './fixtures/policy-repo'

const scratch = mkdtempSync(join(tmpdir(), 'git-history-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const repository = { url: 'https://git.example/owner/site', branch: 'main' }

const policyPage = `---
title: Slack rules
description: The rules.
version: '1.0'
effectiveDate: '2026-11-25'
changelog:
  - version: '1.0'
    date: '2026-11-25'
    summary: First version.
---

# Slack rules
`

const repos: PolicyRepo[] = []
afterAll(() => {
  for (const repo of repos) repo.remove()
})

/** A new repository, removed after the tests. */
function newRepo(): PolicyRepo {
  const repo = policyRepo()
  repos.push(repo)
  return repo
}

/** A repository whose docs/slack-rules.md has two commits, a day apart. */
function repositoryWithHistory(): string {
  const repo = newRepo()
  const file = 'docs/slack-rules.md'
  repo.commit(
    { [file]: policyPage, 'README.md': 'other file\n' },
    'Publish the Slack rules',
    '2026-11-24T10:00:00Z'
  )
  repo.commit(
    { [file]: `${policyPage}\nA fix.\n` },
    'Fix a typo in rule 2',
    '2026-11-25T09:30:00Z'
  )
  repo.commit({ 'README.md': 'changed\n' }, 'Edit the README only')
  return repo.root
}

const full = repositoryWithHistory()

describe('git history', () => {
  test('lists the commits that changed a file, newest first', () => {
    const commits = fileCommits(full, 'docs/slack-rules.md', repository)
    expect(commits.map(({ subject, date }) => ({ subject, date }))).toEqual([
      { subject: 'Fix a typo in rule 2', date: '2026-11-25T09:30:00+00:00' },
      { subject: 'Publish the Slack rules', date: '2026-11-24T10:00:00+00:00' }
    ])
    const [newest] = commits
    expect(newest!.hash).toMatch(/^[0-9a-f]{40}$/)
    expect(newest!.hash.startsWith(newest!.shortHash)).toBe(true)
    expect(newest!.diffUrl).toBe(
      commitDiffUrl(repository, newest!.hash, 'docs/slack-rules.md')
    )
  })

  test('without a known repository, commits have no diff link', () => {
    const commits = fileCommits(full, 'docs/slack-rules.md')
    expect(commits).toHaveLength(2)
    expect(commits.every((commit) => commit.diffUrl === undefined)).toBe(true)
  })

  test('a diff link points at the file in the commit, as GitHub anchors it', () => {
    // GitHub's anchor is "diff-" and the SHA-256 of the path.
    expect(commitDiffUrl(repository, 'abc123', 'docs/slack-rules.md')).toBe(
      'https://git.example/owner/site/commit/abc123#diff-afbb61027e7abb43721ba2866a5c8cef6bfa3198bb95b4da1b66833c0cd536e1'
    )
  })

  const statuses = [
    { name: 'a clone with full history', setUp: () => full, status: 'full' },
    {
      name: 'a shallow clone',
      setUp: () => {
        const clone = join(scratch, 'shallow')
        execFileSync('git', [
          'clone',
          '--quiet',
          '--depth=1',
          `file://${full}`,
          clone
        ])
        return clone
      },
      status: 'shallow'
    },
    {
      name: 'a repository with no commits',
      setUp: () => {
        const { root } = newRepo()
        mkdirSync(join(root, 'docs'))
        writeFileSync(join(root, 'docs/slack-rules.md'), policyPage)
        return root
      },
      status: 'no-commits'
    },
    {
      name: 'a folder outside any repository',
      setUp: () => {
        const root = join(scratch, 'no-git')
        mkdirSync(join(root, 'docs'), { recursive: true })
        writeFileSync(join(root, 'docs/slack-rules.md'), policyPage)
        return root
      },
      status: 'no-git'
    }
  ] as const

  test.each(statuses)('$name has history status "$status"', (row) => {
    const root = row.setUp()
    expect(historyStatus(root)).toBe(row.status)
    // Only full history lists commits: a shallow clone's single commit
    // would claim to have changed every file.
    expect(fileCommits(root, 'docs/slack-rules.md')).toHaveLength(
      row.status === 'full' ? 2 : 0
    )
  })

  test('the Changes data still loads without history', () => {
    const data = loadPolicyChanges(
      join(scratch, 'no-git'),
      [
        {
          id: 'slack-rules',
          title: 'Slack rules',
          file: 'docs/slack-rules.md',
          link: '/slack-rules'
        }
      ],
      repository
    )
    expect(data).toEqual({
      history: 'no-git',
      historyUrl: 'https://git.example/owner/site/commits/main',
      policies: [
        {
          id: 'slack-rules',
          title: 'Slack rules',
          file: 'docs/slack-rules.md',
          link: '/slack-rules',
          version: '1.0',
          effectiveDate: '2026-11-25',
          changelog: [
            { version: '1.0', date: '2026-11-25', summary: 'First version.' }
          ],
          commits: []
        }
      ]
    })
  })

  test('the Changes data fails on a policy page without a version, naming it', () => {
    const root = join(scratch, 'bad-policy')
    mkdirSync(join(root, 'docs'), { recursive: true })
    writeFileSync(
      join(root, 'docs/slack-rules.md'),
      policyPage.replace("version: '1.0'\n", '')
    )
    expect(() =>
      loadPolicyChanges(root, [
        {
          id: 'slack-rules',
          title: 'Slack rules',
          file: 'docs/slack-rules.md',
          link: '/slack-rules'
        }
      ])
    ).toThrow(
      `docs/slack-rules.md:1: the frontmatter has no "version". A policy page needs one, such as version: '1.1'.`
    )
  })
})

describe('parseGitLog', () => {
  const field = '\x1f'
  const end = '\x1e'
  const cases = [
    { name: 'no commits', input: '', expected: [] },
    {
      name: 'a subject with separators of its own',
      input: `abc${field}ab${field}2026-11-25T09:30:00Z${field}Fix: rule 2 | "threads"${end}\n`,
      expected: [
        {
          hash: 'abc',
          shortHash: 'ab',
          date: '2026-11-25T09:30:00Z',
          subject: 'Fix: rule 2 | "threads"'
        }
      ]
    }
  ]
  test.each(cases)('parses $name', ({ input, expected }) => {
    expect(parseGitLog(input)).toEqual(expected)
  })

  test('a malformed record fails, quoting it', () => {
    expect(() => parseGitLog(`abc${field}ab${end}`)).toThrow(
      'Unexpected git log record: "abc\\u001fab"'
    )
  })
})
