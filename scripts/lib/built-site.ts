/** Reads the build output (.vitepress/dist) for the checks of the built site. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFiles } from '../../.vitepress/build/files'
import type { BuiltSite } from './link-check'
import { loadSiteSettings } from './site-settings'

/** The built site; exits with a hint when there is no build yet. */
export async function readBuiltSite(): Promise<BuiltSite> {
  const settings = await loadSiteSettings()
  if (!existsSync(join(settings.outDir, 'index.html'))) {
    console.error(
      `${settings.outDir} has no index.html: run "npm run build" first.`
    )
    process.exit(1)
  }
  return {
    files: new Set(listFiles(settings.outDir)),
    read: (file) => readFileSync(join(settings.outDir, file), 'utf8'),
    base: settings.base,
    siteUrl: settings.siteUrl
  }
}
