/**
 * Serves a build with scripts/serve.ts on a free port of 127.0.0.1, in its
 * own process, so that a browser's work never delays a response.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface LocalServer {
  /** `http://127.0.0.1:<port>`, once it listens. */
  url: string
  stop(): void
}

export function startServer(
  dir: string,
  args: string[] = []
): Promise<LocalServer> {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--dir',
      dir,
      '--port',
      '0',
      ...args
    ],
    {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const stop = () => {
    if (server.exitCode === null) server.kill()
  }
  return new Promise((resolve, reject) => {
    server.once('exit', (code) =>
      reject(new Error(`the server for ${dir} stopped (exit code ${code})`))
    )
    server.stdout.on('data', (chunk: Buffer) => {
      const url = /at (http:\/\/\S+)/.exec(chunk.toString())?.[1]
      if (url) resolve({ url, stop })
    })
  })
}
