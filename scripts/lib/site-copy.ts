/**
 * Copies of this site in another folder, for builds of a site other than the
 * one in docs/: hostile pages (tests/e2e/hostile-content.spec.ts) and the
 * fixture community (scripts/build-other-community.ts). A copy holds the
 * files git tracks or would track (nothing it ignores: no builds, caches or
 * reports), except tests/, with node_modules linked.
 *
 *     const site = createSiteCopy({ files: { 'docs/x.md': '---\ntitle: …' } })
 *     const result = await site.build()   // npx vitepress build
 *     result.code, result.stdout, result.stderr, site.outDir
 *     site.dispose()
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Copies the site into `root` (emptied first), leaving out `skipped` folders. */
export function copySite(root: string, skipped = ['tests/']): void {
  rmSync(root, { recursive: true, force: true })
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { cwd: repositoryRoot, encoding: 'utf8' }
  ).split('\0')
  for (const file of files) {
    // A file deleted but not yet committed is still listed.
    if (!existsSync(join(repositoryRoot, file))) continue
    if (file === '' || skipped.some((folder) => file.startsWith(folder)))
      continue
    mkdirSync(dirname(join(root, file)), { recursive: true })
    cpSync(join(repositoryRoot, file), join(root, file))
  }
  symlinkSync(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'))
}

export interface RunResult {
  /** The exit code; `null` when the process was killed. */
  code: number | null
  stdout: string
  stderr: string
}

export interface SiteCopy {
  root: string
  /** Where `build()` writes the site: `<root>/.vitepress/dist`. */
  outDir: string
  /** Runs a command in the copy, such as `['npx', 'tsx', 'scripts/x.ts']`. */
  run(command: readonly [string, ...string[]]): Promise<RunResult>
  /** `npx vitepress build` in the copy. */
  build(): Promise<RunResult>
  dispose(): void
}

/** A copy in a temporary folder, with `files` (path → content) written over it. */
export function createSiteCopy({
  files = {}
}: { files?: Readonly<Record<string, string | Buffer>> } = {}): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'))
  copySite(root)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  const run: SiteCopy['run'] = ([command, ...args]) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: root,
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
    build: () => run(['npx', 'vitepress', 'build']),
    dispose: () => rmSync(root, { recursive: true, force: true })
  }
}
