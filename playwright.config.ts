import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import { launchOptions } from './scripts/lib/browser'
import { freePort } from './scripts/lib/free-port'
import { otherCommunity, previewBuild } from './scripts/lib/test-builds'
import type { SiteOptions } from './tests/e2e/support/site'

// Free ports, chosen once by the runner; its workers inherit them through
// the environment, so every process agrees on the servers' addresses.
process.env.E2E_PORT ??= String(freePort())
process.env.E2E_OTHER_PORT ??= String(freePort())
const port = Number(process.env.E2E_PORT)
const otherPort = Number(process.env.E2E_OTHER_PORT)

// The fixture community's project runs once its build exists (npm test
// builds it; a build that failed is counted as a failure there).
const otherBuilt = existsSync(`${otherCommunity.root}/.vitepress/dist/404.html`)

const serve = (port: number, mounts: string) =>
  `npx tsx scripts/serve.ts --port ${port} ${mounts}`

// Our site: the production build, and a preview build under its base path
// (scripts/lib/test-builds.ts). The fixture community: its own build, made
// in a throwaway copy of the site; it runs the behaviour specs and the
// every-URL matrix, but not the checks of our own preview build.
export default defineConfig<object, { site: SiteOptions }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Generous: a shared 2-core machine can be ten times slower than a laptop.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // At least two: the tests mostly wait on the browser, so even a 2-core
  // machine runs two at once in about half the time.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  // The JSON report lets scripts/test.ts add these results to its summary.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    launchOptions: launchOptions(),
    // Off: recording a trace snapshots the page at every action, which made
    // the suite several times slower (the Tab walks most of all). Failures
    // name the page and the problem; for a trace of one failing test, add
    // `--trace retain-on-failure`.
    trace: 'off'
  },
  projects: [
    {
      name: 'site',
      // Our site publishes no translations; the fixture community has them.
      testIgnore: [
        'translations.spec.ts',
        'translated-texts.spec.ts',
        'dev-server.spec.ts'
      ],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptions(),
        baseURL: `http://127.0.0.1:${port}`,
        site: { root: '.', outDir: '.vitepress/dist' }
      }
    },
    ...(otherBuilt
      ? [
          {
            name: 'other-community',
            // Our own preview build, and checks of our build's output; its
            // pages hold no code block to copy.
            testIgnore: [
              'preview-build.spec.ts',
              'meta-csp.spec.ts',
              'hostile-content.spec.ts',
              'code-copy.spec.ts',
              'dev-server.spec.ts'
            ],
            // Half the matrix keeps every check (light desktop: link previews,
            // footers, the Tab walk; dark phone: reflow, reduced motion) at half
            // the cost.
            grepInvert: /every URL, (light mode, phone|dark mode, desktop)/,
            use: {
              ...devices['Desktop Chrome'],
              launchOptions: launchOptions(),
              baseURL: `http://127.0.0.1:${otherPort}`,
              site: { root: otherCommunity.root, outDir: '.vitepress/dist' }
            }
          }
        ]
      : []),
    {
      // `npm run dev`, our site: the spec starts its own dev server
      // (support/dev-server.ts), so the other projects never wait for it.
      name: 'dev',
      testMatch: 'dev-server.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptions(),
        site: { root: '.', outDir: '.vitepress/dist' }
      }
    }
  ],
  webServer: [
    {
      command: serve(
        port,
        `--mount ${previewBuild.base}=${previewBuild.outDir}`
      ),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe'
    },
    ...(otherBuilt
      ? [
          {
            command: serve(
              otherPort,
              `--dir ${otherCommunity.root}/.vitepress/dist`
            ),
            url: `http://127.0.0.1:${otherPort}/`,
            reuseExistingServer: !process.env.CI,
            stdout: 'ignore',
            stderr: 'pipe'
          } as const
        ]
      : [])
  ]
})
