/**
 * `npm run test:e2e` builds with this first: the published site, a preview
 * build, and the fixture community, as `npm test` does (see
 * scripts/lib/test-builds.ts).
 */
import { spawnSync } from 'node:child_process'
import { buildCommand, otherCommunity, testBuilds } from './lib/test-builds'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

readCommandLine(commands.buildForTests)

const builds: {
  name: string
  command: string[]
  env?: Record<string, string>
}[] = [
  ...testBuilds.map((build) => ({
    name: build.name,
    command: buildCommand(build),
    env: build.env
  })),
  ...(otherCommunity.inNpmTest
    ? [
        {
          name: otherCommunity.name,
          command: ['npx', 'tsx', 'scripts/build-other-community.ts']
        }
      ]
    : [])
]

for (const build of builds) {
  console.log(`\n▶ ${build.name}`)
  const [command = 'npx', ...args] = build.command
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...build.env }
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
