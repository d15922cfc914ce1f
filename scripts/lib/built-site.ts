/** Reads the build output (.vitepress/dist) for the checks of the built site. */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveConfig } from 'vitepress'
import { listFiles } from '../../.vitepress/build/files'
import type { BuiltSite } from './link-check'

/**
 * The built site: the config's output folder, or `dir` (`--dir <folder>`)
 * for a build written elsewhere (`vitepress build --outDir`). The base path
 * and site URL (the sitemap's hostname) come from the site config itself, so
 * that a base path set there is always respected: run it with the
 * environment the build had (SITE_BASE, SITE_URL). Exits with a hint when
 * there is no build.
 */
export async function readBuiltSite(
  dir?: string
): Promise<BuiltSite & { outDir: string }> {
  const config = await resolveConfig(process.cwd(), 'build', 'production')
  const outDir = dir ? resolve(dir) : config.outDir
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`${outDir} has no index.html: run "npm run build" first.`)
    process.exit(1)
  }
  return {
    outDir,
    files: new Set(listFiles(outDir)),
    read: (file) => readFileSync(join(outDir, file), 'utf8'),
    base: config.site.base,
    siteUrl: config.userConfig.sitemap?.hostname
  }
}
