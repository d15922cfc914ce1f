import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { globSync } from 'tinyglobby'
import { describe, expect, test } from 'vitest'
import {
  helpText,
  parseCommandLine,
  type CommandLine,
  type CommandSpec,
  type OptionSpec
} from '../../scripts/lib/command-line'
import { commands } from '../../scripts/lib/commands'

const spec = {
  usage: 'npm run example -- --since <ref> [--yes]',
  summary: 'Does an example thing.',
  options: {
    since: { type: 'string', value: '<ref>', description: 'Where to start.' },
    until: { type: 'string', default: 'HEAD', description: 'Where to end.' },
    yes: { type: 'boolean', description: 'Do it.' }
  }
} satisfies CommandSpec<Record<string, OptionSpec>>
const help = `Run it with --help for its usage: ${spec.usage}`

describe('parseCommandLine', () => {
  test.each<{
    name: string
    args: string[]
    expected: CommandLine<typeof spec.options>
  }>([
    {
      name: 'options and defaults',
      args: ['--since', 'v1', '--yes'],
      expected: {
        kind: 'run',
        values: { since: 'v1', until: 'HEAD', yes: true },
        positionals: []
      }
    },
    {
      name: '--help, whatever else is there',
      args: ['--bogus', '--help'],
      expected: { kind: 'help', text: helpText(spec) }
    },
    {
      name: '-h',
      args: ['-h'],
      expected: { kind: 'help', text: helpText(spec) }
    },
    {
      name: 'an unknown flag: one line, with the way to help',
      args: ['--since', 'v1', '--bogus'],
      expected: { kind: 'mistake', message: `Unknown option --bogus. ${help}` }
    },
    {
      name: 'an unknown short flag',
      args: ['-x'],
      expected: { kind: 'mistake', message: `Unknown option -x. ${help}` }
    },
    {
      name: 'a missing value',
      args: ['--since'],
      expected: {
        kind: 'mistake',
        message: `Option '--since <value>' argument missing. ${help}`
      }
    },
    {
      name: 'a value for a flag that takes none',
      args: ['--yes=no'],
      expected: {
        kind: 'mistake',
        message: `Option '--yes' does not take an argument. ${help}`
      }
    },
    {
      name: 'an argument the script does not take',
      args: ['stray'],
      expected: {
        kind: 'mistake',
        message: `Unexpected argument 'stray'. This command does not take positional arguments. ${help}`
      }
    }
  ])('$name', ({ args, expected }) => {
    expect(parseCommandLine(spec, args)).toEqual(expected)
  })

  test('the help gives the usage, the summary and every option', () => {
    expect(helpText(spec).split('\n')).toEqual([
      `Usage: ${spec.usage}`,
      '',
      spec.summary,
      '',
      'Options:',
      '  --since <ref>    Where to start.',
      '  --until <value>  Where to end. (default: HEAD)',
      '  --yes            Do it.',
      '  --help           Print this help and exit.'
    ])
  })
})

// Every script a maintainer may run. Some load VitePress before their first
// line runs, so they are checked through the table they read (a run of each
// would take minutes); two light ones run for real, as a maintainer would.
const scripts = globSync(['scripts/*.ts', 'scripts/*/index.ts']).sort()
const entries = Object.entries(commands)

describe('every script under scripts/', () => {
  test('each has its entry in lib/commands.ts, and reads it first', () => {
    expect(scripts.length).toBeGreaterThan(10)
    expect(entries.map(([, entry]) => entry.script).sort()).toEqual(scripts)
    for (const [key, entry] of entries)
      expect(readFileSync(entry.script, 'utf8'), entry.script).toContain(
        `readCommandLine(commands.${key})`
      )
  })

  test.each(entries)('%s: --help gives its usage and options', (_, entry) => {
    const line = parseCommandLine(entry, ['--help'])
    expect(line.kind).toBe('help')
    const text = line.kind === 'help' ? line.text : ''
    expect(text).toMatch(/^Usage: .+\n\n.+\n\nOptions:\n/)
    for (const name of [...Object.keys(entry.options), 'help'])
      expect(text).toContain(`  --${name}`)
  })

  test.each(entries)('%s: an unknown flag is one line', (_, entry) => {
    expect(parseCommandLine(entry, ['--no-such-flag'])).toEqual({
      kind: 'mistake',
      message: `Unknown option --no-such-flag. Run it with --help for its usage: ${entry.usage}`
    })
  })
})

const run = promisify(execFile)

/** Runs a script as npm does, and what it printed and exited with. */
async function runScript(script: string, arg: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', script, arg],
      { timeout: 60_000 }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string }
  }
}

describe('run for real', () => {
  test.each<CommandSpec<Record<string, OptionSpec>> & { script: string }>([
    commands.policyAnnounce,
    commands.slackWelcome
  ])(
    '$script: --help prints the usage; a bad flag, one line and exit 1',
    async (entry) => {
      const help = await runScript(entry.script, '--help')
      expect(help).toMatchObject({ code: 0, stderr: '' })
      expect(help.stdout).toBe(`${helpText(entry)}\n`)
      const mistake = await runScript(entry.script, '--no-such-flag')
      expect(mistake).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `Unknown option --no-such-flag. Run it with --help for its usage: ${entry.usage}\n`
      })
    }
  )
})
