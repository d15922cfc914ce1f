/** Reads the build output (.vitepress/dist) for the checks of the built site. */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { listFiles } from '../../.vitepress/build/files'
import type { BuiltSite } from './link-check'
import { loadSiteSettings } from './site-settings'

/**
 * The built site: the config's output folder, or `dir` (`--dir <folder>`)
 * for a build written elsewhere (`vitepress build --outDir`). The base path and
 * site URL come from the site config, so run it with the environment the
 * build had (SITE_BASE, SITE_URL). Exits with a hint when there is no build.
 */
export async function readBuiltSite(
  dir?: string
): Promise<BuiltSite & { outDir: string }> {
  const settings = await loadSiteSettings()
  const outDir = dir ? resolve(dir) : settings.outDir
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`${outDir} has no index.html: run "npm run build" first.`)
    process.exit(1)
  }
  return {
    outDir,
    files: new Set(listFiles(outDir)),
    read: (file) => readFileSync(join(outDir, file), 'utf8'),
    base: settings.base,
    siteUrl: settings.siteUrl
  }
}
