/**
 * `vitepress dev` for the `dev` project (playwright.config.ts): VitePress's
 * own dev server, started inside the test worker through its Node API, on a
 * free port of 127.0.0.1. Being in the worker's process, it stops when the
 * worker does, whatever happens to the run.
 */
import { resolve } from 'node:path'
import { createServer } from 'vitepress'
import { freePort } from '../../../scripts/lib/free-port'

export interface DevServer {
  /** Such as `http://127.0.0.1:41234`. */
  url: string
  close(): Promise<void>
}

/** Starts `vitepress dev` for the site at `root`. */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = freePort()
  const server = await createServer(resolve(root), {
    host: '127.0.0.1',
    port,
    // A port taken in the meantime fails the run, rather than moving.
    strictPort: true
  })
  await server.listen()
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
