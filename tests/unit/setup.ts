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

// Files that run in happy-dom share one window in a worker: start each with
// an empty page, no hash, no storage and no stubbed clipboard.
if (typeof document !== 'undefined') {
  document.body.replaceChildren()
  document.documentElement.className = ''
  history.replaceState(null, '', '/')
  localStorage.clear()
  delete (navigator as { clipboard?: unknown }).clipboard
}
