import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit and component tests only: Playwright owns tests/e2e/*.spec.ts.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn a build step or git; a shared machine can be slow.
    testTimeout: 30_000
  }
})
