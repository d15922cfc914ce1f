import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { globSync } from 'tinyglobby'
import { describe, expect, test } from 'vitest'
import {
  helpText,
  parseCommandLine,
  type Command,
  type CommandLine
} from '../../scripts/lib/command-line'
import { commands } from '../../scripts/lib/commands'

const command = {
  script: 'scripts/policy-announce.ts',
  options: {
    since: { type: 'string' },
    until: { type: 'string', default: 'HEAD' },
    yes: { type: 'boolean' }
  }
} as const satisfies Command
const help = 'Run it with --help.'

describe('parseCommandLine', () => {
  test.each<{
    name: string
    args: string[]
    expected: CommandLine<typeof command.options>
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
      expected: { kind: 'help', text: helpText(command) }
    },
    {
      name: '-h',
      args: ['-h'],
      expected: { kind: 'help', text: helpText(command) }
    },
    {
      name: 'an unknown flag: one line, with the options and the way to help',
      args: ['--since', 'v1', '--bogus'],
      expected: {
        kind: 'mistake',
        message: `Unknown option --bogus. Its options: --since, --until, --yes. ${help}`
      }
    },
    {
      name: 'an unknown short flag',
      args: ['-x'],
      expected: {
        kind: 'mistake',
        message: `Unknown option -x. Its options: --since, --until, --yes. ${help}`
      }
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
    expect(parseCommandLine(command, args)).toEqual(expected)
  })

  test("the help is the script's header comment, then every option", () => {
    const lines = helpText(command).split('\n')
    expect(lines[0]).toMatch(/^`npm run policy:announce -- --since <ref> /)
    expect(lines).not.toContainEqual(expect.stringMatching(/^\s*\*|\/\*\*/))
    expect(lines.slice(lines.indexOf('Options:'))).toEqual([
      'Options:',
      '  --since <value>',
      '  --until <value> (default: HEAD)',
      '  --yes',
      '  --help'
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

  test.each(entries)(
    '%s: --help says what it does, and its options',
    (_, entry) => {
      const line = parseCommandLine(entry, ['--help'])
      expect(line.kind).toBe('help')
      const text = line.kind === 'help' ? line.text : ''
      expect(text).toMatch(/^\S.{20,}\n[\s\S]*\n\nOptions:\n/)
      // The options list gives only names and defaults: the header comment
      // is where each option is explained.
      const [header] = text.split('\n\nOptions:\n')
      for (const name of Object.keys(entry.options))
        expect(header, `--${name} in the header`).toContain(`--${name}`)
      for (const name of [...Object.keys(entry.options), 'help'])
        expect(text).toContain(`\n  --${name}`)
    }
  )

  test.each(entries)(
    '%s: an unknown flag is one line, with its options',
    (_, entry) => {
      const line = parseCommandLine(entry, ['--no-such-flag'])
      const message = line.kind === 'mistake' ? line.message : ''
      expect(message).toMatch(
        /^Unknown option --no-such-flag\. [^\n]+ Run it with --help\.$/
      )
      for (const name of Object.keys(entry.options))
        expect(message).toContain(`--${name}`)
    }
  )
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
  test.each<Command>([commands.policyAnnounce, commands.slackWelcome])(
    '$script: --help prints the usage; a bad flag, one line and exit 1',
    async (entry) => {
      const help = await runScript(entry.script, '--help')
      expect(help).toMatchObject({ code: 0, stderr: '' })
      expect(help.stdout).toBe(`${helpText(entry)}\n`)
      const mistake = await runScript(entry.script, '--no-such-flag')
      const expected = parseCommandLine(entry, ['--no-such-flag'])
      expect(expected.kind).toBe('mistake')
      expect(mistake).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `${'message' in expected ? expected.message : ''}\n`
      })
    }
  )
})
