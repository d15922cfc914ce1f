/**
 * What VitePress's MPA mode leaves out of the build output, or in it. It
 * builds no browser app, the build that would empty the output folder and
 * copy `publicDir`; it copies only `<srcDir>/public` (ours is the top-level
 * public/), and the server build's `package.json` (bundle() in
 * vitepress/dist/node). So the output is emptied when the server build
 * starts, the public files are copied when it ends (before the short links,
 * `_headers` and the security check read them), and that `package.json` is
 * not published. The 404 page's `<div id="app">`, which VitePress leaves
 * empty for the app (renderPage() in vitepress/dist/node), gets the page's
 * server-rendered HTML, or it would stay blank.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import type { SiteConfig } from 'vitepress'

/** The server build's package.json, which VitePress copies to the output. */
const serverPackageJson = '{ "private": true, "type": "module" }'

/** Empties the output folder when the (server) build starts. */
export function emptyOutputPlugin(): Plugin {
  let outDir: string | undefined
  return {
    name: 'community-docs:empty-output',
    apply: 'build',
    configResolved(config) {
      outDir = (config as { vitepress?: SiteConfig }).vitepress?.outDir
    },
    buildStart() {
      if (outDir) rmSync(outDir, { recursive: true, force: true })
    }
  }
}

/**
 * Copies the public files into the output, never over a file the build
 * wrote (the security step fails on such a clash); drops the server's
 * package.json.
 */
export function completeMpaOutput(siteConfig: SiteConfig): void {
  const { outDir } = siteConfig
  const publicDir = siteConfig.vite?.publicDir
  if (publicDir && existsSync(publicDir))
    cpSync(publicDir, outDir, { recursive: true, force: false })
  const packageJson = join(outDir, 'package.json')
  if (
    existsSync(packageJson) &&
    readFileSync(packageJson, 'utf8').trim() === serverPackageJson
  )
    rmSync(packageJson)
}

const emptyApp = '<div id="app"></div>'

/**
 * The 404 page's HTML with its content; any other page as it is. Its
 * language menu's links to `<locale>404`, a page no locale has, go to the
 * locale's home instead.
 */
export function withNotFoundContent(
  html: string,
  page: string,
  content: string,
  /** Each locale's home path, base included, such as `/ar/`. */
  localeHomes: readonly string[]
): string {
  if (page !== '404.md') return html
  if (!html.includes(emptyApp)) {
    throw new Error(
      `docs/404.md: expected VitePress's empty ${emptyApp}. Has VitePress changed its HTML? See .vitepress/build/mpa-output.ts.`
    )
  }
  const page404 = localeHomes.reduce(
    (text, home) => text.replaceAll(`href="${home}404"`, `href="${home}"`),
    content
  )
  return html.replace(emptyApp, () => `<div id="app">${page404}</div>`)
}
