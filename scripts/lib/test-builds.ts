/**
 * The two builds the end-to-end tests run against, shared by `npm test`
 * (scripts/test.ts), `npm run test:e2e` (scripts/build-for-tests.ts) and the
 * tests that check what they contain.
 *
 * Both pretend to be built by GitHub Actions for a repository that does not
 * exist (`.example` is a reserved domain), so that "Edit this page" and the
 * other repository links are built and tested exactly as a deploy builds
 * them, without naming a real repository anywhere.
 */

/** The repository the test builds link to. Test-only: never a real one. */
export const testRepository = {
  url: 'https://git.example/maintainers/community-docs',
  branch: 'main'
} as const

const gitHubActionsEnv = {
  GITHUB_SERVER_URL: 'https://git.example',
  GITHUB_REPOSITORY: 'maintainers/community-docs',
  GITHUB_REF_NAME: 'main',
  // Set by GitHub on pull requests; cleared so CI builds what a laptop does.
  GITHUB_BASE_REF: ''
}

export interface TestBuild {
  name: string
  env: Record<string, string>
  args: string[]
  /** Where it is written, and the URL path the test server serves it under. */
  outDir: string
  base: string
}

/** The site as it is published. */
export const publishedBuild: TestBuild = {
  name: 'build',
  env: { ...gitHubActionsEnv, SITE_PREVIEW: '', SITE_BASE: '' },
  args: [],
  outDir: '.vitepress/dist',
  base: '/'
}

/**
 * A pull-request preview, served under a sub-path as GitHub Pages serves a
 * project site: checks the preview banner and that every link keeps the base.
 */
export const previewBuild: TestBuild = {
  name: 'preview build',
  env: { ...gitHubActionsEnv, SITE_PREVIEW: '1', SITE_BASE: '/pr-preview/' },
  args: ['--outDir', '.vitepress/dist-preview'],
  outDir: '.vitepress/dist-preview',
  base: '/pr-preview/'
}

export const testBuilds = [publishedBuild, previewBuild] as const

/** The command that makes one of them. */
export function buildCommand(build: TestBuild): [string, ...string[]] {
  return ['npx', 'vitepress', 'build', ...build.args]
}

/**
 * The fixture community (tests/fixtures/other-community): its config and
 * docs laid over a throwaway copy of this site, built there, and run
 * through the same checks and behaviour specs as our own site.
 */
export const otherCommunity = {
  name: 'other community',
  fixture: 'tests/fixtures/other-community',
  root: '.vitepress/cache/other-community',
  /**
   * Whether `npm test` builds and tests it: its build, link and HTML checks,
   * and the behaviour specs with half the every-URL matrix
   * (playwright.config.ts, project "other-community").
   * `TEST_OTHER_COMMUNITY=0 npm test` tests our own site alone.
   */
  inNpmTest: process.env.TEST_OTHER_COMMUNITY !== '0'
}
