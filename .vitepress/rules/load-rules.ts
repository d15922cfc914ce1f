/**
 * Reads the Slack rules from their Markdown page at build time, with the same
 * parser that renders the rule cards, so that short links, `/rules.json` and
 * the welcome message never hold a second copy of a rule.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { readPage } from '../content/frontmatter'
import { pagesFolder } from '../plugins/source-location'
import { ruleContainerPlugin, type RuleEnv } from '../plugins/rule-container'
import type { Rule } from './rule'

/** The page that holds the rules, relative to `docs/`. */
export const rulesPage = 'slack-rules.md'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Blanks the frontmatter, keeping its lines, so error line numbers stay true. */
function withoutFrontmatter(markdown: string, relativePath: string): string {
  const page = readPage(markdown, `${pagesFolder}/${relativePath}`)
  return '\n'.repeat(page.bodyOffset) + page.body
}

/** Parses rules from Markdown text; throws a `RuleSyntaxError` naming the line. */
export function parseRules(markdown: string, relativePath = rulesPage): Rule[] {
  const env: RuleEnv = { relativePath }
  new MarkdownIt({ html: true })
    .use(ruleContainerPlugin)
    .parse(withoutFrontmatter(markdown, relativePath), env)
  return (env.rules ?? []).sort((a, b) => a.number - b.number)
}

/** The site's rules, read from `docs/slack-rules.md`. */
export function loadRules(): Rule[] {
  return parseRules(
    readFileSync(`${projectRoot}${pagesFolder}/${rulesPage}`, 'utf8')
  )
}
