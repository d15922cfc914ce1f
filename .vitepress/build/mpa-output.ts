/**
 * What VitePress's MPA mode leaves out of the build output, or in it. It
 * builds no browser app, the build that would empty the output folder and
 * copy `publicDir`; it copies only `<srcDir>/public` (ours is the top-level
 * public/), and the server build's `package.json` (bundle() in
 * vitepress/dist/node). So the output is emptied when the server build
 * starts, the public files are copied when it ends (before the short links,
 * `_headers` and the security check read them), and that `package.json` is
 * not published.
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

/** Copies the public files into the output; drops the server's package.json. */
export function completeMpaOutput(siteConfig: SiteConfig): void {
  const { outDir } = siteConfig
  const publicDir = siteConfig.vite?.publicDir
  if (publicDir && existsSync(publicDir))
    cpSync(publicDir, outDir, { recursive: true })
  const packageJson = join(outDir, 'package.json')
  if (
    existsSync(packageJson) &&
    readFileSync(packageJson, 'utf8').trim() === serverPackageJson
  )
    rmSync(packageJson)
}
