/**
 * Components only our Markdown plugins write (`pluginOnly` in
 * theme/markdown-components.ts): a page that wrote a rule card by hand could
 * take a rule's id, and its Copy link and Copy reminder buttons would copy
 * a stranger's text. Rendered as the build renders a page, with the rule
 * and policy-version plugins before the page sanitizer.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import { expandIncludes } from '../../.vitepress/content/includes'
import type { ContentProblem } from '../../.vitepress/content/problems'
import { policyVersionPlugin } from '../../.vitepress/plugins/policy-version'
import { ruleContainerPlugin } from '../../.vitepress/plugins/rule-container'
import { sanitizePagePlugin } from '../../.vitepress/plugins/sanitize-page'
import { markdownComponents } from '../../.vitepress/theme/markdown-components'

const forged =
  '<RuleCard rule-id="pinned-notice" :number="2" :aliases=\'["use-threads"]\' url="https://evil.example/r/2" reminder="evil">'

const srcDir = mkdtempSync(join(tmpdir(), 'plugin-only-'))
mkdirSync(join(srcDir, 'parts'))
writeFileSync(
  join(srcDir, 'parts/card.md'),
  `Included text.\n\n${forged}Fake</RuleCard>\n`
)

const md = (await createMarkdownRenderer(srcDir, {
  highlight: () => '',
  config: (md) =>
    md
      .use(ruleContainerPlugin, {})
      .use(policyVersionPlugin, { policies: [] })
      .use(sanitizePagePlugin, { srcDir })
})) as unknown as MarkdownIt

const fm = '---\ntitle: T\ndescription: D\n---\n\n'
const realRule =
  '::: rule use-threads\nnumber: 2\ntitle: Use threads\nsummary: S.\n\nBody.\n:::\n'

function renderPage(source: string, env: object = {}) {
  const contentProblems: ContentProblem[] = []
  const html = md.render(source, {
    relativePath: 'p.md',
    contentProblems,
    ...env
  })
  const problems = contentProblems.map(
    ({ file, line, message }) => `${file}:${line ?? '-'}: ${message}`
  )
  return { html, problems }
}

const handWritten = (name: 'RuleCard' | 'PolicyVersion', line: number) =>
  `docs/p.md:${line}: <${name}> is written by our Markdown plugins, never by hand: ${markdownComponents[name].pluginOnly}`

describe('components only plugins may write', () => {
  test('a ::: rule and a policy version render, with no problem', () => {
    const { html, problems } = renderPage(
      '---\ntitle: T\ndescription: D\nversion: "1.0"\neffectiveDate: "2026-01-01"\n---\n\n# T\n\n' +
        realRule
    )
    expect(problems).toEqual([])
    expect(html).toContain('<RuleCard rule-id="use-threads" :number="2"')
    expect(html).toContain('</RuleCard>')
    expect(html).toContain('<PolicyVersion version="1.0"')
    // The plugins' mark never reaches the page.
    expect(html).not.toMatch(/<\/?(?:RuleCard|PolicyVersion)[-\w]/)
  })

  test.each([
    [
      'above a real rule',
      `${fm}# T\n\n${forged}Fake</RuleCard>\n\n${realRule}`,
      8
    ],
    ['as inline HTML', `${fm}# T\n\nText ${forged}Fake</RuleCard> text.\n`, 8],
    [
      'inside a container',
      `${fm}# T\n\n::: tip\nA tip.\n\n${forged}Fake</RuleCard>\n:::\n`,
      11
    ],
    [
      'inside a rule',
      `${fm}# T\n\n::: rule use-threads\nnumber: 2\ntitle: Use threads\nsummary: S.\n\n${forged}</RuleCard>\n:::\n`,
      13
    ],
    [
      'as a policy version',
      `${fm}# T\n\n<PolicyVersion version="9" effective-date="2026-01-01" changes-link="/x" />\n`,
      8,
      'PolicyVersion'
    ],
    [
      'in kebab case',
      `${fm}# T\n\n<rule-card rule-id="x"></rule-card>\n`,
      8,
      'rule-card'
    ]
  ])(
    'a hand-written card %s is refused',
    (_name, source, line, tag = 'RuleCard') => {
      const { html, problems } = renderPage(source)
      expect(problems).toContain(
        tag === 'rule-card'
          ? `docs/p.md:${line}: <rule-card> is not one of the components pages may use (${Object.keys(markdownComponents).join(', ')})`
          : handWritten(tag as 'RuleCard', line)
      )
      expect(html).toBe('')
    }
  )

  test('a hand-written card in an include names the included file', () => {
    // VitePress expands a page's includes before it renders the page.
    const includer = `${fm}# T\n\n<!--@include: ./parts/card.md-->\n`
    writeFileSync(join(srcDir, 'includer.md'), includer)
    const expanded = expandIncludes(srcDir, 'includer.md', includer)
    const { problems } = renderPage(expanded.text, {
      relativePath: 'includer.md',
      includes: [join(srcDir, 'parts/card.md')]
    })
    expect(problems).toEqual([
      handWritten('RuleCard', 3).replace('docs/p.md', 'docs/parts/card.md')
    ])
  })

  test('an unclosed tag cannot take over the attributes of a real card', () => {
    const { problems } = renderPage(
      `${fm}# T\n\n<div>\n<RuleCard url="https://evil.example" x=\n\n${realRule}\n</div>\n`
    )
    expect(problems).toEqual([handWritten('RuleCard', 9)])
  })
})
