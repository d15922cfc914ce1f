/**
 * A throwaway copy of the site in a temporary folder, for tests that build
 * a site other than the one in docs/: hostile pages (tests/fixtures/hostile),
 * another community (tests/fixtures/), a broken config.
 *
 *     const site = createSiteCopy({
 *       files: { 'docs/hostile/script.md': '---\ntitle: …' },
 *       remove: ['docs/slack-welcome.md']
 *     })
 *     const result = await site.build()   // npx vitepress build
 *     result.code, result.stdout, result.stderr, site.outDir
 *     site.dispose()
 *
 * The copy holds everything at the top of the repository (package.json,
 * tsconfig.json, .vitepress/, public/, docs/, scripts/, permalinks.json,
 * budgets.json …) except node_modules, which is linked, and what builds and
 * tests leave behind (.git, tests/, reports, dist and cache folders). Then
 * `remove` is deleted and `files` written, in that order, so a caller can
 * replace a folder (`remove: ['docs']`) or overlay single files.
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SiteCopyOptions {
  /** The site to copy. Default: this repository. */
  from?: string
  /** Paths in the copy to delete, such as `docs` or `docs/index.md`. */
  remove?: readonly string[]
  /** Path in the copy → text to write there (folders are created). */
  files?: Readonly<Record<string, string | Buffer>>
}

export interface RunResult {
  /** The exit code; `null` when the process was killed. */
  code: number | null
  stdout: string
  stderr: string
}

export interface SiteCopy {
  /** The copy's folder. */
  root: string
  /** Where `build()` writes the site: `<root>/.vitepress/dist`. */
  outDir: string
  /** Runs a command in the copy, such as `['npx', 'tsx', 'scripts/x.ts']`. */
  run(
    command: readonly [string, ...string[]],
    env?: Record<string, string>
  ): Promise<RunResult>
  /** `npx vitepress build` in the copy; `env` is added to this process's. */
  build(env?: Record<string, string>): Promise<RunResult>
  /** Deletes the copy. */
  dispose(): void
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Top-level entries never copied: installed, generated, or test-only. */
const skippedEntries = new Set([
  'node_modules',
  '.git',
  'tests',
  'reports',
  'test-results',
  'playwright-report'
])
/** Build output and caches inside .vitepress. */
const skippedFolders = ['.vitepress/dist', '.vitepress/cache']

export function createSiteCopy(options: SiteCopyOptions = {}): SiteCopy {
  const from = options.from ?? repositoryRoot
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'))
  for (const entry of readdirSync(from)) {
    if (skippedEntries.has(entry)) continue
    cpSync(join(from, entry), join(root, entry), {
      recursive: true,
      filter: (source) => {
        const path = relative(from, source).split(sep).join('/')
        return !skippedFolders.some(
          (folder) => path === folder || path.startsWith(`${folder}/`)
        )
      }
    })
  }
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir')
  for (const path of options.remove ?? [])
    rmSync(join(root, path), { recursive: true, force: true })
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }

  const run: SiteCopy['run'] = ([command, ...args], env = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stdout, stderr }))
    })

  return {
    root,
    outDir: join(root, '.vitepress/dist'),
    run,
    build: (env) => run(['npx', 'vitepress', 'build'], env),
    dispose: () => rmSync(root, { recursive: true, force: true })
  }
}
