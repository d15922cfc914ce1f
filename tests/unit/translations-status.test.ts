import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { buildSiteModel } from '../../.vitepress/site/model'
import { statusTable, translationStatus } from '../../.vitepress/i18n/status'
import { policyPage, policyRepo } from './fixtures/policy-repo'

const rule = {
  id: 'be-kind',
  number: 1,
  title: 'Be kind',
  summary: 'Assume good intent.',
  body: 'Many people write in a second language.'
}
const policy = (version: string, body = rule.body) =>
  policyPage({ version, versions: [version], rules: [{ ...rule, body }] })

/** A translated page, recording what it translates. */
const translation = (translationOf: string, rules = '') =>
  `---\ntitle: Traduction\ndescription: Une page traduite.\ntranslationOf:\n  ${translationOf}\n---\n\n# Traduction\n${rules}`
const guide = (text: string) =>
  `---\ntitle: Guide\ndescription: The guide.\n---\n\n# Guide\n\n${text}\n`

const repo = policyRepo()
afterAll(() => repo.remove())

function at(date: string, files: Record<string, string>, message?: string) {
  process.env.GIT_COMMITTER_DATE = `${date}T12:00:00Z`
  try {
    return repo.commit(files, message)
  } finally {
    delete process.env.GIT_COMMITTER_DATE
  }
}

// The rules at 1.0, translated into French and German; the guide translated
// into French. Then version 1.1, a typo fix, and a new guide paragraph.
at('2030-01-01', { 'docs/rules.md': policy('1.0') })
const guideCommit = at('2030-01-02', { 'docs/guide.md': guide('Welcome.') })
at('2030-01-03', {
  'docs/fr/rules.md': translation("version: '1.0'"),
  'docs/de/rules.md': translation("version: '1.0'"),
  'docs/fr/guide.md': translation(`commit: ${guideCommit}`)
})
at('2030-02-01', { 'docs/rules.md': policy('1.1', 'Assume the best.') })
at('2030-02-02', { 'docs/rules.md': policy('1.1', 'Assume the best!') })
at('2030-02-03', { 'docs/de/rules.md': translation("version: '1.1'") })

function model(extra: Record<string, string> = {}) {
  const files = [
    'rules.md',
    'guide.md',
    'fr/rules.md',
    'fr/guide.md',
    'de/rules.md'
  ]
  return buildSiteModel({
    pages: [
      ...files.map((file) => ({
        file,
        text: readFileSync(join(repo.root, 'docs', file), 'utf8')
      })),
      ...Object.entries(extra).map(([file, text]) => ({ file, text }))
    ],
    locales: ['de', 'fr'],
    siteUrl: 'https://site.example',
    redirects: [],
    registry: { $comment: '', urls: [] }
  })
}

describe('translations:status', () => {
  test('tells current, stale (since when, how many commits) and missing apart', () => {
    const rows = translationStatus(model(), repo.root)
    expect(rows).toEqual([
      {
        page: 'guide.md',
        cells: {
          de: { status: 'missing' },
          fr: { status: 'current', version: guideCommit.slice(0, 7) }
        }
      },
      {
        page: 'rules.md',
        cells: {
          de: { status: 'current', version: '1.1' },
          fr: {
            status: 'stale',
            translated: '1.0',
            current: '1.1',
            since: { date: '2030-02-01', commits: 2 }
          }
        }
      }
    ])
    expect(statusTable(rows, ['de', 'fr'])).toBe(
      [
        '| Page | de | fr |',
        '| --- | --- | --- |',
        `| guide.md | missing | current (${guideCommit.slice(0, 7)}) |`,
        '| rules.md | current (1.1) | stale: 1.0 → 1.1, since 2030-02-01 (2 commits) |'
      ].join('\n')
    )
  })

  test('a translation recorded as a commit goes stale when its original changes', () => {
    at('2030-03-01', { 'docs/guide.md': guide('Welcome, all.') })
    const [guideRow] = translationStatus(model(), repo.root)
    expect(guideRow?.cells.fr).toEqual({
      status: 'stale',
      translated: guideCommit.slice(0, 7),
      current: expect.stringMatching(/^[0-9a-f]{7}$/),
      since: { date: '2030-03-01', commits: 1 }
    })
  })

  test.each([
    [
      'records nothing',
      '---\ntitle: T\ndescription: D.\n---\n',
      'docs/de/guide.md: a translated page says what it translates: add "translationOf: { version: \'1.0\' }"'
    ],
    [
      'records a version of a page that has none',
      translation("version: '1.0'"),
      'docs/de/guide.md: translationOf.version: docs/guide.md has no version.'
    ],
    [
      'records a commit that does not exist',
      translation('commit: 0123456789abcdef'),
      'docs/guide.md: translationOf.commit "0123456789abcdef" is not a commit of this repository.'
    ]
  ])('a translation that %s fails with its file', (_, text, message) => {
    expect(() =>
      translationStatus(model({ 'de/guide.md': text }), repo.root)
    ).toThrow(message)
  })

  test('a translated rule keeps its original id and number', () => {
    const renamed = `\n::: rule be-nice\nnumber: 1\ntitle: Sois gentil\nsummary: Oui.\n\nTexte.\n:::\n`
    expect(() =>
      model({ 'de/rules.md': translation("version: '1.1'", renamed) })
    ).toThrow(
      'docs/de/rules.md:10: the rule "be-nice" is not on docs/rules.md. A translated rule keeps its original\'s id'
    )
  })
})
