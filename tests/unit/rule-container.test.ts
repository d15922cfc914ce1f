/**
 * The ::: rule container (.vitepress/plugins/rule-container.ts): what a
 * rule renders to, how the site model reads it, and the example rule in
 * CONTRIBUTING.md. The Markdown it refuses is in
 * rule-container-errors.test.ts.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  fullHeader,
  markdownIt,
  parseRules,
  render,
  rule,
  siteUrl
} from './fixtures/rule-container'

// The reminder names the page by its title, as the fixture's site model has it.
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
