/**
 * The command line of a script under scripts/: `--help` (or `-h`) prints its
 * usage and options; a mistake (an unknown flag, a missing value, an
 * argument it does not take) prints one line that says what is wrong and
 * how to get help, and exits 1. Never a stack trace: Node's `parseArgs`
 * throws on a mistake, and a maintainer should not have to read one.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

type OptionConfig = NonNullable<ParseArgsConfig['options']>[string]

/** One option: Node's `parseArgs` config, and what the help says of it. */
export type OptionSpec = OptionConfig & {
  description: string
  /** The value's name in the help, such as `<ref>`; string options only. */
  value?: string
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** How a maintainer runs it: `npm run policy:announce -- --since <ref>`. */
  usage: string
  /** What it does, in a sentence or two. */
  summary: string
  options: O
  /** Names the arguments it takes after its options; none without it. */
  positionals?: string
}

type Values<O extends Record<string, OptionSpec>> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values']

export type CommandLine<O extends Record<string, OptionSpec>> =
  | { kind: 'run'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'mistake'; message: string }

/** The help text: usage, summary, then one line per option. */
export function helpText<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>
): string {
  const rows: [string, string][] = [
    ...Object.entries(spec.options).map(([name, option]) => {
      const value =
        option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''
      const shown = [option.default ?? []]
        .flat()
        .filter((each) => each !== false)
      const fallback = shown.length > 0 ? ` (default: ${shown.join(', ')})` : ''
      return [`--${name}${value}`, `${option.description}${fallback}`] as [
        string,
        string
      ]
    }),
    ['--help', 'Print this help and exit.']
  ]
  const width = Math.max(...rows.map(([flag]) => flag.length))
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`)
  ].join('\n')
}

function optionConfigs(options: Record<string, OptionSpec>) {
  return Object.fromEntries(
    Object.entries(options).map(([name, option]) => {
      const config: Partial<OptionSpec> = { ...option }
      // What the help says is ours; parseArgs takes the rest.
      delete config.description
      delete config.value
      return [name, config as OptionConfig]
    })
  )
}

/** What the arguments ask for; nothing is printed here. */
export function parseCommandLine<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[]
): CommandLine<O> {
  const beforeEnd = args.includes('--')
    ? args.slice(0, args.indexOf('--'))
    : args
  if (beforeEnd.some((arg) => arg === '--help' || arg === '-h'))
    return { kind: 'help', text: helpText(spec) }
  const help = `Run it with --help for its usage: ${spec.usage}`
  try {
    const { values, positionals } = parseArgs({
      args,
      options: optionConfigs(spec.options),
      strict: true,
      allowPositionals: spec.positionals !== undefined
    })
    return { kind: 'run', values: values as Values<O>, positionals }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error
    const [first = ''] = (error as Error).message.split('\n')
    const unknown = /^Unknown option '([^']+)'/.exec(first)
    const message = unknown
      ? `Unknown option ${unknown[1]}. ${help}`
      : `${first.replace(/\.?$/, '.')} ${help}`
    return { kind: 'mistake', message }
  }
}

/**
 * The script's options and arguments from `process.argv`. On `--help` it
 * prints the help and exits 0; on a mistake, one line on stderr and exits 1.
 */
export function readCommandLine<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[] = process.argv.slice(2)
): { values: Values<O>; positionals: string[] } {
  const line = parseCommandLine(spec, args)
  if (line.kind === 'help') {
    console.log(line.text)
    process.exit(0)
  }
  if (line.kind === 'mistake') {
    console.error(line.message)
    process.exit(1)
  }
  return line
}
