import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit and component tests only: Playwright owns tests/e2e/*.spec.ts.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Files share their worker's modules instead of importing VitePress,
    // zod, markdown-it … afresh each: that import was most of the suite's
    // time. What a module keeps between calls is reset in the setup file.
    pool: 'threads',
    isolate: false,
    setupFiles: ['tests/unit/setup.ts'],
    // At least two: Vitest's default (one fewer than the cores) leaves a
    // 2-core machine one worker, while many files wait on git or a script.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Some tests (and beforeAll hooks) spawn a build step, a lint or git; a
    // shared machine can be slow, and npm test runs builds beside them.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
