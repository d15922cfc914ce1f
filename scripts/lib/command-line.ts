/**
 * The command line of a script under scripts/: `--help` (or `-h`) prints the
 * script's header comment and its options; a mistake (an unknown flag, a
 * missing value, an argument it does not take) prints one line and exits 1.
 * Never a stack trace: Node's `parseArgs` throws on a mistake, and a
 * maintainer should not have to read one.
 */
import { readFileSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'

export type Options = NonNullable<ParseArgsConfig['options']>

/** A script, from the project root, and the options `parseArgs` takes. */
export interface Command<O extends Options = Options> {
  script: string
  options: O
  /** It takes arguments after its options. */
  positionals?: boolean
}

type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values']

export type CommandLine<O extends Options> =
  | { kind: 'run'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'mistake'; message: string }

const projectRoot = new URL('../../', import.meta.url)

/** The script's header comment, then one line per option. */
export function helpText({ script, options }: Command): string {
  const source = readFileSync(new URL(script, projectRoot), 'utf8')
  const header = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
  const lines = Object.entries(options).map(([name, option]) => {
    const value = option.type === 'string' ? ' <value>' : ''
    const shown = [option.default ?? []].flat().filter((each) => each !== false)
    const fallback = shown.length > 0 ? ` (default: ${shown.join(', ')})` : ''
    return `  --${name}${value}${fallback}`
  })
  return [
    header.replace(/^[ \t]*\* ?/gm, '').trim(),
    '',
    'Options:',
    ...lines,
    '  --help'
  ].join('\n')
}

/** `Its options: --since, --yes.`, or that it has none. */
function optionNames(options: Options): string {
  const names = Object.keys(options).map((name) => `--${name}`)
  return names.length > 0
    ? `Its options: ${names.join(', ')}.`
    : 'It takes no options.'
}

/** What the arguments ask for; nothing is printed here. */
export function parseCommandLine<const O extends Options>(
  command: Command<O>,
  args: string[]
): CommandLine<O> {
  const beforeEnd = args.includes('--')
    ? args.slice(0, args.indexOf('--'))
    : args
  if (beforeEnd.some((arg) => arg === '--help' || arg === '-h'))
    return { kind: 'help', text: helpText(command) }
  try {
    const { values, positionals } = parseArgs({
      args,
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false
    })
    return { kind: 'run', values: values as Values<O>, positionals }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error
    const [first = ''] = (error as Error).message.split('\n')
    const unknown = /^Unknown option '([^']+)'/.exec(first)
    // A mistyped flag: the line names the ones there are.
    const what = unknown
      ? `Unknown option ${unknown[1]}. ${optionNames(command.options)}`
      : first.replace(/\.?$/, '.')
    return { kind: 'mistake', message: `${what} Run it with --help.` }
  }
}

/**
 * The script's options and arguments from `process.argv`. On `--help` it
 * prints the help and exits 0; on a mistake, one line on stderr and exits 1.
 */
export function readCommandLine<const O extends Options>(
  command: Command<O>,
  args: string[] = process.argv.slice(2)
): { values: Values<O>; positionals: string[] } {
  const line = parseCommandLine(command, args)
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
