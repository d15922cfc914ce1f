/**
 * `npm run adopt [-- --yes]`: prepares a clone of this site for another
 * community by resetting the files that hold the previous community's
 * published history (see scripts/adopt/reset.ts). Without `--yes` it only
 * says what it would do. README.md, "Adopt this site", walks through the
 * rest.
 */
import { applyAdoption, describeSteps, planAdoption } from './adopt/reset'
import { projectRoot } from '../.vitepress/site/load'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

const { values } = readCommandLine(commands.adopt)

const steps = planAdoption(projectRoot)
const list = describeSteps(steps).map((line) => `  - ${line}`)
const edit = 'edit .vitepress/community.ts, docs/ and public/favicon.svg'
if (steps.length === 0) {
  console.log(
    `Nothing to reset: this site holds no other community's history. Next: ${edit}.`
  )
} else if (!values.yes) {
  console.log(
    [
      'npm run adopt would:',
      ...list,
      'Run `npm run adopt -- --yes` to do it.'
    ].join('\n')
  )
} else {
  applyAdoption(projectRoot, steps)
  console.log(
    [
      'Done:',
      ...list,
      `Next: ${edit}, then \`npm run build\` (see "Adopt this site" in README.md).`
    ].join('\n')
  )
}
