/**
 * The ::: rule container's errors: Markdown that fails the build with one
 * message naming the file and line, and ids a rule owns across the site.
 */
import { describe, expect, test } from 'vitest'
import { buildSiteModel } from '../../.vitepress/site/model'
import {
  fullHeader,
  markdownIt,
  parseRules,
  render,
  rule,
  siteUrl
} from './fixtures/rule-container'

describe('::: rule containers that fail the build', () => {
  const badInputs = [
    {
      name: 'an unknown enforcement step',
      input: rule(`${fullHeader}\nenforcement: ban`),
      error:
        'docs/slack-rules.md:5: the rule "use-threads" names the enforcement step "ban", which docs/code-of-conduct.md does not have. Use one of its steps (correction, warning, temporary-ban), or add a heading "### Name {#enforcement-ban}" to its enforcement section.'
    },
    {
      name: 'an example without a kind',
      input: rule(fullHeader, 'Text.\n\n::: example\nHi.\n:::'),
      error:
        'docs/slack-rules.md:8: an example needs a kind: write "::: example good" or "::: example poor".'
    },
    {
      name: 'an example of an unknown kind',
      input: rule(fullHeader, '::: example bad\nHi.\n:::'),
      error:
        'docs/slack-rules.md:6: the example kind "bad" is not known. Use "good" or "poor".'
    },
    {
      name: 'an empty example',
      input: rule(fullHeader, '::: example good\n\n:::'),
      error:
        'docs/slack-rules.md:6: the example is empty. Write it on the lines between "::: example good" and its ":::".'
    },
    {
      name: 'a heading inside an example',
      input: rule(fullHeader, '::: example good\nIntro.\n\n### Why\n:::'),
      error:
        'docs/slack-rules.md:9: the example cannot hold a heading: it would show in "On this page". Use **bold** text instead.'
    },
    {
      name: 'an example whose ":::" is missing',
      input: `::: rule use-threads\n${fullHeader}\n\n::: example good\nHi.\n:::\n`,
      error:
        'docs/slack-rules.md:1: the rule container is never closed. Add a line ":::" after the rule\'s text, and check that each "::: example" and "::: consequence" in it has its own ":::".'
    },
    {
      name: 'two consequences',
      input: rule(
        fullHeader,
        '::: consequence\nOne.\n:::\n\n::: consequence\nTwo.\n:::'
      ),
      error:
        'docs/slack-rules.md:10: the rule "use-threads" already has a consequence at docs/slack-rules.md:6. Write one "::: consequence" per rule.'
    },
    {
      name: 'words after "::: consequence"',
      input: rule(fullHeader, '::: consequence removed\nThe post.\n:::'),
      error:
        'docs/slack-rules.md:6: "::: consequence" takes nothing after it; write the consequence on the lines below.'
    },
    {
      name: 'an example outside a rule',
      input: 'Intro.\n\n::: example good\nHi.\n:::\n',
      error:
        'docs/slack-rules.md:3: "::: example" belongs directly inside a "::: rule" container, at the same indent as its "::: rule" line.'
    },
    {
      name: 'an example nested in a list inside a rule',
      input: rule(fullHeader, '- item\n\n  ::: example good\n  Hi.\n  :::'),
      error:
        'docs/slack-rules.md:8: "::: example" belongs directly inside a "::: rule" container, at the same indent as its "::: rule" line.'
    },
    {
      name: 'a rule without an id',
      input: `Intro.\n\n::: rule\n${fullHeader}\n\nBody.\n:::\n`,
      error:
        'docs/slack-rules.md:3: the rule has no id. Write it after "rule", as in "::: rule use-threads".'
    },
    {
      name: 'an id that is not kebab-case',
      input: `::: rule Use_Threads\n${fullHeader}\n\nBody.\n:::\n`,
      error:
        'docs/slack-rules.md:1: the rule id "Use_Threads" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    },
    {
      name: 'an alias that is not kebab-case',
      input: rule(`${fullHeader}\naliases: Rule 2`),
      error:
        'docs/slack-rules.md:1: the alias "Rule 2" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".'
    },
    {
      name: 'a missing title',
      input: rule('number: 2\nsummary: Keep channels readable.'),
      error:
        'docs/slack-rules.md:1: the rule "use-threads" has no title. Add a line "title: …" below "::: rule use-threads".'
    },
    {
      name: 'a missing summary',
      input: rule('number: 2\ntitle: Use threads'),
      error:
        'docs/slack-rules.md:1: the rule "use-threads" has no summary. Add a line "summary: one sentence for link previews" below "::: rule use-threads".'
    },
    {
      name: 'a missing number',
      input: rule('title: Use threads\nsummary: Keep channels readable.'),
      error:
        'docs/slack-rules.md:1: the rule "use-threads" has no number. Add a line "number: 1" below "::: rule use-threads".'
    },
    {
      name: 'a number that is not a whole number',
      input: rule(
        'number: two\ntitle: Use threads\nsummary: Keep channels readable.'
      ),
      error:
        'docs/slack-rules.md:1: the rule "use-threads" has number "two"; use a whole number from 1.'
    },
    {
      name: 'an unknown field',
      input: rule(`${fullHeader}\ncolour: blue`),
      error:
        'docs/slack-rules.md:5: unknown rule field "colour". Use number, title, summary, aliases, enforcement.'
    },
    {
      name: 'a field given twice',
      input: rule(`${fullHeader}\ntitle: Again`),
      error: 'docs/slack-rules.md:5: the field "title" is given twice.'
    },
    {
      name: 'text without a blank line after the fields',
      input: `::: rule use-threads\n${fullHeader}\nBody right away.\n:::\n`,
      error:
        'docs/slack-rules.md:5: expected a "key: value" line (number, title, summary, aliases, enforcement) or a blank line before the rule\'s text, found "Body right away.".'
    },
    {
      name: 'an unclosed container',
      input: `# Rules\n\n::: rule use-threads\n${fullHeader}\n\nBody.\n`,
      error:
        'docs/slack-rules.md:3: the rule container is never closed. Add a line ":::" after the rule\'s text, and check that each "::: example" and "::: consequence" in it has its own ":::".'
    },
    {
      name: 'a heading on the same page with a rule id',
      input: rule(fullHeader) + '\n## Threads {#use-threads}\n',
      error:
        'docs/slack-rules.md:9: the id "use-threads" is already used at docs/slack-rules.md:1. Ids must be unique.'
    }
  ]

  test.each(badInputs)(
    '$name fails with the file and line',
    ({ input, error }) => {
      // The attrs plugin gives `{#id}` headings their ids in VitePress; mimic it here.
      const md = markdownIt()
      md.core.ruler.before('unique_ids', 'explicit_ids', (state) => {
        for (const [index, token] of state.tokens.entries()) {
          const inline = state.tokens[index + 1]
          const explicit =
            token.type === 'heading_open' &&
            /\s*\{#([\w-]+)\}$/.exec(inline?.content ?? '')
          if (explicit) token.attrSet('id', explicit[1]!)
        }
      })
      expect(() =>
        md.render(input, { relativePath: 'slack-rules.md' })
      ).toThrow(error)
      expect(() =>
        md.render(input, { relativePath: 'slack-rules.md' })
      ).toThrow(/^docs\/slack-rules\.md:\d+: /)
    }
  )

  test("a heading on another page cannot take a rule's id or alias", () => {
    const siteRules = parseRules(rule(`${fullHeader}\naliases: rule-2`))
    const md = markdownIt(siteRules)
    md.core.ruler.before('unique_ids', 'slug_ids', (state) => {
      for (const token of state.tokens)
        if (token.type === 'heading_open') token.attrSet('id', 'rule-2')
    })
    expect(() =>
      md.render('Intro.\n\n## Rule two\n', { relativePath: 'community.md' })
    ).toThrow(
      'docs/community.md:3: the id "rule-2" belongs to the rule at docs/slack-rules.md:1. Give this heading another id with {#…}.'
    )
    expect(() => render('## Other\n', siteRules, 'community.md')).not.toThrow()
  })
})

// The rule plugin checks a page's ids and numbers, as the site model reads
// the page and as the build renders it (includes expanded: a part included
// twice repeats its rule); the model checks them across pages.
describe('rules that clash', () => {
  const clashes = [
    {
      name: 'a duplicate rule id',
      input:
        rule(fullHeader) +
        '\n' +
        rule('number: 3\ntitle: Again\nsummary: Again.'),
      error:
        'docs/slack-rules.md:9: the id "use-threads" is already used by the rule at docs/slack-rules.md:1.'
    },
    {
      name: 'an alias that repeats another rule id',
      input:
        rule(fullHeader) +
        '\n::: rule ask-in-public\nnumber: 3\ntitle: Ask\nsummary: Ask.\naliases: use-threads\n\nBody.\n:::\n',
      error:
        'docs/slack-rules.md:9: the id "use-threads" is already used by the rule at docs/slack-rules.md:1.'
    },
    {
      name: 'a duplicate rule number',
      input:
        rule(fullHeader) +
        '\n::: rule ask-in-public\nnumber: 2\ntitle: Ask\nsummary: Ask.\n\nBody.\n:::\n',
      error:
        'docs/slack-rules.md:9: rule number 2 is already used by the rule at docs/slack-rules.md:1.'
    }
  ]

  test.each(clashes)(
    '$name fails at the second rule, read or rendered',
    ({ input, error }) => {
      expect(() => parseRules(input)).toThrow(error)
      expect(() => render(input)).toThrow(error)
    }
  )

  const ruleBlock = (id: string, header: string) =>
    `::: rule ${id}\n${header}\n\nBody.\n:::\n`
  const ask = 'number: 3\ntitle: Ask\nsummary: Ask.'
  test.each([
    {
      name: 'a rule on another page with the id of a rule',
      file: 'b.md',
      text: ruleBlock('use-threads', ask),
      error:
        'docs/b.md:1: the id "use-threads" is already used by the rule at docs/a.md:1.'
    },
    {
      name: 'a rule on another page with an alias that is a rule id',
      file: 'b.md',
      text: ruleBlock('ask', `${ask}\naliases: use-threads`),
      error:
        'docs/b.md:1: the id "use-threads" is already used by the rule at docs/a.md:1.'
    },
    {
      name: 'a translated rule with another number than its original',
      file: 'fr/a.md',
      text: ruleBlock('use-threads', ask),
      error:
        'docs/fr/a.md:1: the rule "use-threads" has number 3 here and 2 in docs/a.md. Use 2.'
    }
  ])('$name fails', ({ file, text, error }) => {
    const pages = [
      { file: 'a.md', text: rule(fullHeader) },
      { file, text }
    ]
    expect(() =>
      buildSiteModel({
        pages,
        locales: ['fr'],
        siteUrl,
        redirects: [],
        registry: { urls: [] }
      })
    ).toThrow(error)
  })
})
