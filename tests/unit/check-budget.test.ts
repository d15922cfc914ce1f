/**
 * `npm run check:budget` (scripts/check-budget.ts), run as a process on a
 * small build of its own: its exit status and what it prints.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

describe('npm run check:budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-budget-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const dist = join(dir, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" src="/assets/app.js"></script>'
  )
  writeFileSync(
    join(dist, 'assets/app.js'),
    `export const big=${JSON.stringify(Array.from({ length: 4000 }, (_, i) => i.toString(36)))}`
  )

  function run(budgets: unknown): { status: number | null; output: string } {
    const file = join(dir, 'budgets.json')
    writeFileSync(
      file,
      typeof budgets === 'string' ? budgets : JSON.stringify(budgets)
    )
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/check-budget.ts',
        '--dist',
        dist,
        '--budgets',
        file
      ],
      { encoding: 'utf8' }
    )
    return { status: result.status, output: result.stdout + result.stderr }
  }

  test('passes a build within its budgets', () => {
    const { status, output } = run({
      compression: 'brotli',
      pageTypes: [
        { name: 'home', files: ['index.html'], budgetsKiB: { js: 100 } }
      ]
    })
    expect(output).toContain('Every page is within its budget.')
    expect(status).toBe(0)
  })

  test('fails a build over budget, naming page, type, size and budget', () => {
    const { status, output } = run({
      compression: 'gzip',
      pageTypes: [
        { name: 'home', files: ['index.html'], budgetsKiB: { js: 1 } }
      ]
    })
    expect(output).toMatch(
      /- index\.html \(home page\): JavaScript is \d+\.\d KiB gzip, over its budget of 1\.0 KiB by \d+\.\d KiB\./
    )
    expect(status).toBe(1)
  })

  test('fails on a page that no type matches', () => {
    const { status, output } = run({
      compression: 'brotli',
      pageTypes: [{ name: 'doc', files: ['docs/**'], budgetsKiB: {} }]
    })
    expect(output).toContain('index.html matches no page type in')
    expect(status).toBe(1)
  })

  test('fails on a budget file that is not JSON', () => {
    const { status, output } = run('{ "compression": ')
    expect(output).toMatch(/budgets\.json: cannot read it as JSON/)
    expect(status).toBe(1)
  })
})
