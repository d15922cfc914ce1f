/**
 * The header of a `::: rule` container (see plugins/rule-container.ts): the
 * id on the opening line, then one `key: value` line per field (number,
 * title, summary, aliases, enforcement) up to the first blank line. A pure
 * function of the text, so every mistake is tested with its message.
 */
import { ContentError } from '../content-error'
import { ruleIdPattern, type Rule } from './rule'

export const headerKeys = [
  'number',
  'title',
  'summary',
  'aliases',
  'enforcement'
] as const
type HeaderKey = (typeof headerKeys)[number]

export interface RuleHeaderInput {
  /** What follows `rule` on the opening line: the rule's id. */
  id: string
  /** The field lines, in order. */
  lines: readonly string[]
  /** The file, as `docs/slack-rules.md`. */
  file: string
  /** The opening line's number in the file (from 1); fields follow it. */
  line: number
}

export type RuleHeader = Omit<Rule, 'source'>

function checkId(id: string, what: string, where: string): void {
  if (!ruleIdPattern.test(id)) {
    throw new ContentError(
      where,
      `the ${what} "${id}" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".`
    )
  }
}

/** Reads the fields, with the line each is on; fails on a line that is not one. */
function readFields(input: RuleHeaderInput): {
  values: Partial<Record<HeaderKey, string>>
  lines: Partial<Record<HeaderKey, string>>
} {
  const values: Partial<Record<HeaderKey, string>> = {}
  const lines: Partial<Record<HeaderKey, string>> = {}
  input.lines.forEach((text, index) => {
    const where = `${input.file}:${input.line + 1 + index}`
    const [, rawKey, value] = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(text.trim()) ?? []
    if (rawKey === undefined || value === undefined) {
      throw new ContentError(
        where,
        `expected a "key: value" line (${headerKeys.join(', ')}) or a blank line before the rule's text, found "${text.trim()}".`
      )
    }
    const key = rawKey.toLowerCase() as HeaderKey
    if (!headerKeys.includes(key)) {
      throw new ContentError(
        where,
        `unknown rule field "${rawKey}". Use ${headerKeys.join(', ')}.`
      )
    }
    if (key in values)
      throw new ContentError(where, `the field "${key}" is given twice.`)
    values[key] = value.trim()
    lines[key] = where
  })
  return { values, lines }
}

/** The rule a header describes; throws a `ContentError` naming the line. */
export function parseRuleHeader(input: RuleHeaderInput): RuleHeader {
  const where = `${input.file}:${input.line}`
  const id = input.id.trim()
  if (!id) {
    throw new ContentError(
      where,
      'the rule has no id. Write it after "rule", as in "::: rule use-threads".'
    )
  }
  checkId(id, 'rule id', where)
  const { values, lines } = readFields(input)
  const required = (key: HeaderKey, hint: string): string => {
    const value = values[key]
    if (!value) {
      throw new ContentError(
        where,
        `the rule "${id}" has no ${key}. Add a line "${key}: ${hint}" below "::: rule ${id}".`
      )
    }
    return value
  }
  const numberText = required('number', '1')
  if (!/^[1-9]\d*$/.test(numberText)) {
    throw new ContentError(
      where,
      `the rule "${id}" has number "${numberText}"; use a whole number from 1.`
    )
  }
  const title = required('title', '…')
  const summary = required('summary', 'one sentence for link previews')
  const aliases = (values.aliases ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '')
  for (const alias of aliases) checkId(alias, 'alias', where)
  // Whether the code of conduct has the step is checked against its ladder
  // once every page is read (site/model.ts).
  const step = values.enforcement
  const stepAt = lines.enforcement ?? where
  if (step !== undefined) checkId(step, 'enforcement step', stepAt)
  return {
    id,
    number: Number(numberText),
    title,
    summary,
    aliases,
    ...(step && { enforcement: { step, source: stepAt } })
  }
}
