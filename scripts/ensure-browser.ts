/**
 * Makes sure a Chromium exists for the end-to-end tests, installing one if
 * needed: Debian's package when we are root on Debian (Playwright's download
 * fails on machines without general network access), else Playwright's own.
 * Exits non-zero with what to do when neither works.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findBrowser } from './lib/browser'
import { readCommandLine } from './lib/command-line'
import { commands } from './lib/commands'

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`)
  try {
    execFileSync(command, args, { stdio: 'inherit' })
    return true
  } catch {
    return false
  }
}

export function ensureBrowser(): void {
  if (findBrowser().kind !== 'none') return

  console.log('No Chromium found for the end-to-end tests; installing one.')
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'])
  } else {
    run('npx', ['playwright', 'install', 'chromium'])
  }

  if (findBrowser().kind === 'none') {
    console.error(
      [
        'Could not find or install Chromium for the end-to-end tests.',
        'Do one of these, then run the tests again:',
        '  - npx playwright install chromium',
        '  - on Debian: sudo apt-get install chromium-headless-shell',
        '  - set CHROMIUM_PATH to the path of a Chromium or Chrome binary'
      ].join('\n')
    )
    process.exit(1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  readCommandLine(commands.ensureBrowser)
  ensureBrowser()
}
