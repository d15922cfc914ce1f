import { availableParallelism } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import { launchOptions } from './scripts/lib/browser'
import { freePort } from './scripts/lib/free-port'
import { previewBuild } from './scripts/lib/test-builds'

// A free port, chosen once by the runner; its workers inherit it through
// the environment, so every process agrees on the server's address.
process.env.E2E_PORT ??= String(freePort())
const port = Number(process.env.E2E_PORT)

// End-to-end tests run against the production build, and a preview build
// under its base path (scripts/lib/test-builds.ts), served on 127.0.0.1 by
// scripts/serve.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // At least two: the tests mostly wait on the browser, so even a 2-core
  // machine runs two at once in about half the time.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  // The JSON report lets scripts/test.ts add these results to its summary.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: launchOptions(),
    trace: 'retain-on-failure'
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() }
    }
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port} --mount ${previewBuild.base}=${previewBuild.outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe'
  }
})
