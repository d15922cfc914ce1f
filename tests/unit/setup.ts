/**
 * Runs before each test file. Test files share their worker's modules
 * (vitest.config.ts: `isolate: false`), so what a module keeps between
 * calls is reset here.
 */
import { disposeMdItInstance } from 'vitepress'

// VitePress keeps the first Markdown renderer `createMarkdownRenderer`
// makes, and hands it to every later caller; each file makes its own, with
// its own plugins.
disposeMdItInstance()
