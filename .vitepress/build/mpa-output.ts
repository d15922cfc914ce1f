/**
 * What VitePress's MPA mode leaves out of the build output, or in it.
 *
 * In MPA mode VitePress builds no browser app, and that build is the one
 * that emptied the output folder and copied the public files (Vite copies
 * `publicDir` only in a browser build). It then copies just
 * `<srcDir>/public`, while this site keeps its public files in the
 * top-level public/ (config.mts), and it copies every asset of the server
 * build, the server's `package.json` among them (bundle() in
 * vitepress/dist/node). So: the output folder is emptied when the server
 * build starts, so no page or asset of an earlier build lingers; the
 * public files are copied when the build ends, before anything reads them
 * (the short links, `_headers`, the security check); and the server's
 * `package.json` is not published.
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
