/**
 * `npm run test:e2e` builds with this first: the published site and a
 * preview build, as `npm test` does (see scripts/lib/test-builds.ts).
 */
import { spawnSync } from 'node:child_process'
import { buildCommand, testBuilds } from './lib/test-builds'

for (const build of testBuilds) {
  console.log(`\n▶ ${build.name}`)
  const [command, ...args] = buildCommand(build)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...build.env }
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
