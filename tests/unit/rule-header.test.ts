import { describe, expect, test } from 'vitest'
import { parseRuleHeader } from '../../.vitepress/rules/rule-header'

const at = { file: 'docs/slack-rules.md', line: 10 }
const fields = ['number: 2', 'title: Use threads', 'summary: Keep it short.']

describe('parseRuleHeader', () => {
  test.each([
    {
      name: 'the required fields',
      lines: fields,
      rule: {
        id: 'use-threads',
        number: 2,
        title: 'Use threads',
        summary: 'Keep it short.',
        aliases: []
      }
    },
    {
      name: 'aliases, trimmed, and an enforcement step',
      lines: [...fields, 'aliases:  rule-2 ,threads,', 'Enforcement: warning'],
      rule: {
        aliases: ['rule-2', 'threads'],
        enforcement: { step: 'warning', source: 'docs/slack-rules.md:15' }
      }
    },
    {
      name: 'a value with a colon in it',
      lines: ['number: 2', 'title: Threads: why', 'summary: S.'],
      rule: { title: 'Threads: why' }
    }
  ])('reads $name', ({ lines, rule }) => {
    expect(parseRuleHeader({ ...at, id: 'use-threads', lines })).toMatchObject(
      rule
    )
  })

  test.each([
    {
      name: 'no id',
      id: ' ',
      lines: fields,
      error:
        'docs/slack-rules.md:10: the rule has no id. Write it after "rule", as in "::: rule use-threads".'
    },
    {
      name: 'an id that is not kebab-case',
      id: 'Use_Threads',
      lines: fields,
      error:
        'docs/slack-rules.md:10: the rule id "Use_Threads" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    },
    {
      name: 'an alias that is not kebab-case',
      lines: [...fields, 'aliases: Rule 2'],
      error:
        'docs/slack-rules.md:10: the alias "Rule 2" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    },
    {
      name: 'a missing number',
      lines: fields.slice(1),
      error:
        'docs/slack-rules.md:10: the rule "use-threads" has no number. Add a line "number: 1" below "::: rule use-threads".'
    },
    {
      name: 'a number that is not a whole number',
      lines: ['number: 2.5', ...fields.slice(1)],
      error:
        'docs/slack-rules.md:10: the rule "use-threads" has number "2.5"; use a whole number from 1.'
    },
    {
      name: 'a missing summary',
      lines: fields.slice(0, 2),
      error:
        'docs/slack-rules.md:10: the rule "use-threads" has no summary. Add a line "summary: one sentence for link previews" below "::: rule use-threads".'
    },
    {
      name: 'an unknown field, on its line',
      lines: [...fields, 'colour: blue'],
      error:
        'docs/slack-rules.md:14: unknown rule field "colour". Use number, title, summary, aliases, enforcement.'
    },
    {
      name: 'a field given twice',
      lines: [...fields, 'title: Again'],
      error: 'docs/slack-rules.md:14: the field "title" is given twice.'
    },
    {
      name: 'a line that is not a field',
      lines: [...fields, 'Body right away.'],
      error:
        'docs/slack-rules.md:14: expected a "key: value" line (number, title, summary, aliases, enforcement) or a blank line before the rule\'s text, found "Body right away.".'
    },
    {
      name: 'an enforcement step that is not an id, on its line',
      lines: ['enforcement: Temporary ban', ...fields],
      error:
        'docs/slack-rules.md:11: the enforcement step "Temporary ban" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    }
  ])('fails on $name', ({ id = 'use-threads', lines, error }) => {
    expect(() => parseRuleHeader({ ...at, id, lines })).toThrow(error)
  })
})
