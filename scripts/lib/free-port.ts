import { execFileSync } from 'node:child_process'

/**
 * A TCP port on 127.0.0.1 that nothing listens on now, found synchronously
 * (Playwright's config cannot await) by asking the OS for port 0 in a child
 * process. Tests never use a fixed port: a developer's own `npm run dev` or
 * `npm run preview` may hold it.
 */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer();" +
    "s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(
    execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  )
}
