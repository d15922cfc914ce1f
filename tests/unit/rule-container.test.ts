import { readFileSync } from 'node:fs'
import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import {
  ruleContainerPlugin,
  type RuleEnv
} from '../../.vitepress/plugins/rule-container'
import { uniqueIdsPlugin } from '../../.vitepress/plugins/unique-ids'
import type { EnforcementStep } from '../../.vitepress/rules/enforcement'
import type { Rule } from '../../.vitepress/rules/rule'
import { parsePage } from '../../.vitepress/site/model'

const siteUrl = 'https://docs.example.org'
const ladder: EnforcementStep[] = [
  'Correction',
  'Warning',
  'Temporary ban'
].map((title, index) => ({
  id: title.toLowerCase().replace(' ', '-'),
  number: index + 1,
  title,
  page: '/code-of-conduct.md',
  source: `docs/code-of-conduct.md:${10 + index}`
}))

function markdownIt(siteRules: readonly Rule[] = []): MarkdownIt {
  return new MarkdownIt({ html: true })
    .use(ruleContainerPlugin, { site: { siteUrl, ladder, pages } })
    .use(uniqueIdsPlugin, { rules: siteRules })
}

function render(
  markdown: string,
  siteRules: Rule[] = [],
  relativePath = 'slack-rules.md'
): string {
  return markdownIt(siteRules).render(markdown, {
    relativePath
  } satisfies RuleEnv)
}

const parseRules = (markdown: string) =>
  parsePage({ file: 'slack-rules.md', text: markdown }, siteUrl).rules

const rule = (header: string, body = 'Body.') =>
  `::: rule use-threads\n${header}\n\n${body}\n:::\n`
const fullHeader =
  'number: 2\ntitle: Use threads\nsummary: Keep channels readable.'
// The reminder names the page by its title, as the site model read it.
const pages = [
  {
    file: 'slack-rules.md',
    source: 'docs/slack-rules.md',
    path: '/slack-rules',
    title: 'Workspace rules',
    frontmatter: {}
  }
]
const reminder = `Hi! A friendly pointer to rule 2 of our Workspace rules, *Use threads*. Thank you for keeping it in mind.\n${siteUrl}/r/use-threads`
const urls = `url="${siteUrl}/slack-rules#use-threads" reminder="${reminder}"`
const cardOpen =
  `<RuleCard rule-id="use-threads" :number="2" title="Use threads" :aliases="[]" ${urls}>\n` +
  '<h2 id="use-threads">Use threads</h2>\n'
const correctionSentence =
  '<p>Moderators usually respond with <a href="/code-of-conduct.md#enforcement-correction">step 1 of the enforcement ladder, correction</a>.</p>\n'

describe('::: rule containers', () => {
  const cases = [
    {
      name: 'a rule becomes a card with a heading that keeps its id',
      input: rule(fullHeader),
      expected: cardOpen + '<p>Body.</p>\n</RuleCard>\n'
    },
    {
      name: 'a rule may take more colons than its parts, as in VitePress',
      input: `:::: rule use-threads\n${fullHeader}\n\n::: example good\nHi.\n:::\n::::\n`,
      expected:
        cardOpen +
        '<template #examples>\n<RuleExample kind="good">\n<p>Hi.</p>\n</RuleExample>\n</template>\n</RuleCard>\n'
    },
    {
      name: 'aliases become anchors on the card',
      input: rule(`${fullHeader}\naliases: rule-2, threads`),
      expected:
        `<RuleCard rule-id="use-threads" :number="2" title="Use threads" :aliases="[&quot;rule-2&quot;,&quot;threads&quot;]" ${urls}>` +
        '<span id="rule-2" class="rule-alias-anchor"></span><span id="threads" class="rule-alias-anchor"></span>\n' +
        '<h2 id="use-threads">Use threads</h2>\n<p>Body.</p>\n</RuleCard>\n'
    },
    {
      name: 'Markdown inside a rule renders as Markdown',
      input: rule(
        fullHeader,
        '- a [link](https://example.org)\n\n```sh\n:::\n```'
      ),
      expected:
        cardOpen +
        '<ul>\n<li>a <a href="https://example.org">link</a></li>\n</ul>\n' +
        '<pre><code class="language-sh">:::\n</code></pre>\n</RuleCard>\n'
    },
    {
      name: 'quotes and < in a title are escaped, and render as text',
      input: rule('number: 2\ntitle: Say "hi" <b>first</b>\nsummary: A & B.'),
      expected:
        `<RuleCard rule-id="use-threads" :number="2" title="Say &quot;hi&quot; &lt;b&gt;first&lt;/b&gt;" :aliases="[]" ${urls.replace('Use threads', 'Say &quot;hi&quot; &lt;b&gt;first&lt;/b&gt;')}>\n` +
        '<h2 id="use-threads">Say &quot;hi&quot; &lt;b&gt;first&lt;/b&gt;</h2>\n<p>Body.</p>\n</RuleCard>\n'
    },
    {
      name: 'a nested container stays inside the rule',
      input: rule(fullHeader, '::: tip\nNested.\n:::\n\nAfter.'),
      expected:
        cardOpen + '<p>::: tip\nNested.\n:::</p>\n<p>After.</p>\n</RuleCard>\n'
    },
    {
      name: 'examples and a consequence go to named slots, after the text',
      input: rule(
        `${fullHeader}\nenforcement: correction`,
        '::: example good\n> Short *message*.\n\nWhy it works.\n:::\n\n' +
          '::: example poor\n> A long one.\n:::\n\n' +
          '::: consequence\nThe post is **moved**.\n:::'
      ),
      expected:
        cardOpen +
        '<template #examples>\n' +
        '<RuleExample kind="good">\n<blockquote>\n<p>Short <em>message</em>.</p>\n</blockquote>\n<p>Why it works.</p>\n</RuleExample>\n' +
        '<RuleExample kind="poor">\n<blockquote>\n<p>A long one.</p>\n</blockquote>\n</RuleExample>\n' +
        '</template>\n' +
        '<template #consequence>\n' +
        correctionSentence +
        '<p>The post is <strong>moved</strong>.</p>\n' +
        '</template>\n</RuleCard>\n'
    },
    {
      name: 'the rule text stays first wherever the examples are written',
      input: rule(fullHeader, 'Before.\n::: example good\nGood.\n:::\nAfter.'),
      expected:
        cardOpen +
        '<p>Before.</p>\n<p>After.</p>\n' +
        '<template #examples>\n<RuleExample kind="good">\n<p>Good.</p>\n</RuleExample>\n</template>\n' +
        '</RuleCard>\n'
    },
    {
      name: 'an enforcement step alone links to the code of conduct',
      input: rule(`${fullHeader}\nenforcement: temporary-ban`),
      expected:
        cardOpen +
        '<p>Body.</p>\n<template #consequence>\n' +
        '<p>Moderators usually respond with <a href="/code-of-conduct.md#enforcement-temporary-ban">step 3 of the enforcement ladder, temporary ban</a>.</p>\n' +
        '</template>\n</RuleCard>\n'
    },
    {
      name: 'a consequence without an enforcement step',
      input: rule(fullHeader, '::: consequence\nRemoved.\n:::'),
      expected:
        cardOpen +
        '<template #consequence>\n<p>Removed.</p>\n</template>\n</RuleCard>\n'
    },
    {
      name: 'an example line inside a code fence is code, not an example',
      input: rule(fullHeader, '```md\n::: example good\n:::\n```'),
      expected:
        cardOpen +
        '<pre><code class="language-md">::: example good\n:::\n</code></pre>\n</RuleCard>\n'
    },
    {
      name: 'an example may hold code and other containers',
      input: rule(
        fullHeader,
        '::: example poor\n```text\n:::\n```\n\n::: tip\nNested.\n:::\n:::'
      ),
      expected:
        cardOpen +
        '<template #examples>\n<RuleExample kind="poor">\n' +
        '<pre><code class="language-text">:::\n</code></pre>\n<p>::: tip\nNested.\n:::</p>\n' +
        '</RuleExample>\n</template>\n</RuleCard>\n'
    }
  ]

  test.each(cases)('$name', ({ input, expected }) => {
    expect(render(input)).toBe(expected)
  })

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

describe('loading the rules', () => {
  test('parseRules reads every field, in number order, with its source line', () => {
    const markdown =
      '---\ntitle: Rules\n---\n\n' +
      '::: rule ask-in-public\nnumber: 6\ntitle: Ask in public\nsummary: Ask in channels.\nenforcement: warning\n\nBody.\n:::\n\n' +
      rule(`${fullHeader}\naliases: rule-2`)
    expect(parseRules(markdown)).toMatchObject([
      {
        id: 'use-threads',
        number: 2,
        title: 'Use threads',
        summary: 'Keep channels readable.',
        aliases: ['rule-2'],
        source: 'docs/slack-rules.md:14'
      },
      {
        id: 'ask-in-public',
        number: 6,
        title: 'Ask in public',
        summary: 'Ask in channels.',
        aliases: [],
        enforcement: { step: 'warning', source: 'docs/slack-rules.md:9' },
        source: 'docs/slack-rules.md:5'
      }
    ])
  })
})

test('the rule written out in CONTRIBUTING.md is a valid rule', () => {
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8')
  const example = /```md\n(::: rule [\s\S]*?)```/.exec(contributing)?.[1]
  expect(example).toBeDefined()
  const html = markdownIt().render(example!, {
    relativePath: 'CONTRIBUTING.md'
  })
  expect(html).toContain('<RuleExample kind="good">')
  expect(html).toContain('<RuleExample kind="poor">')
  expect(html).toContain('enforcement-correction')
})
