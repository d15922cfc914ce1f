/**
 * The site model: every page (path, title, frontmatter, source file), every
 * rule with every URL that reaches it, the short links, the redirects and
 * the permalink registry, built once per build from the Markdown by pure
 * functions (./load.ts reads the files). Everything else reads this model;
 * only ./paths.ts knows URL shapes.
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { ContentError } from '../content-error'
import { readPage } from '../content/frontmatter'
import type { PermalinkRegistry } from '../links/permalinks'
import type { Redirect } from '../links/redirect-check'
import { ruleContainerPlugin, type RuleEnv } from '../plugins/rule-container'
import { pagesFolder, sourceLocation } from '../plugins/source-location'
import { ladderStep, readLadder, siteLadder } from '../rules/enforcement'
import { checkRuleIds, type Rule } from '../rules/rule'
import {
  checkTranslatedRules,
  localeOfFile,
  translatedLadders,
  withFallbacks
} from '../i18n/locale-pages'
import { firstParagraph, pageTitle } from './page-text'
import { pagePath, ruleLinks, shortLinkPath } from './paths'

/** One Markdown file under `docs/`, as read. */
export interface PageFile {
  /** Relative to `docs/`: `slack-rules.md`. */
  file: string
  text: string
}

export interface SitePage {
  /** Relative to `docs/`: `slack-rules.md`. */
  file: string
  /** From the project root, for messages: `docs/slack-rules.md`. */
  source: string
  /** As served: `/slack-rules`. */
  path: string
  /** Frontmatter `title`, else the first `# heading`, else the path. */
  title: string
  /** Frontmatter `description`, else the first paragraph. */
  description?: string
  frontmatter: Record<string, unknown>
  /** The locale's key (`ar`), for a page in `docs/<key>/`; none in the default language. */
  locale?: string
  /** The default-language page it translates: `slack-rules.md`. */
  original: string
  /** No translation yet: the locale serves the original (i18n/fallbacks.ts). */
  fallback?: boolean
}

/** A rule, with the page it is on and every URL that reaches it. */
export interface SiteRule extends Rule {
  /** The path of its page: `/slack-rules`. */
  page: string
  links: ReturnType<typeof ruleLinks>
}

/** How a short link names its rule. */
export type ShortLinkKind = 'number' | 'id' | 'alias'

export interface ShortLink {
  /** Site path, such as `/r/use-threads`. */
  path: string
  rule: SiteRule
  kind: ShortLinkKind
}

export interface SiteModelInput {
  pages: readonly PageFile[]
  locales?: readonly string[]
  siteUrl: string
  redirects: readonly Redirect[]
  registry: PermalinkRegistry
}

/** A rule on the page at `page`, with its URLs. */
export function siteRule(rule: Rule, page: string, siteUrl: string): SiteRule {
  return { ...rule, page, links: ruleLinks(rule, page, siteUrl) }
}

// Reads `::: rule` containers as the site does: a rule's header lines are
// not a paragraph, and a mistake fails with the same message as the build.
const parser = new MarkdownIt({ html: true }).use(ruleContainerPlugin)

/**
 * Reads one page: its facts, rules and ladder steps, from one parse; and its
 * tokens, with their renderer, for the policy diff's rule texts.
 */
export function parsePage(
  source: PageFile,
  siteUrl: string,
  locales: readonly string[] = []
) {
  const sourceFile = `${pagesFolder}/${source.file}`
  const { data, body, bodyOffset } = readPage(source.text, sourceFile)
  const env: RuleEnv = {
    relativePath: source.file,
    frontmatterLines: bodyOffset
  }
  // The rule plugin checks the page's rule ids and numbers as it parses.
  const tokens = parser.parse(body, env)
  const path = pagePath(source.file)
  const description =
    typeof data.description === 'string' && data.description.trim() !== ''
      ? data.description.trim()
      : firstParagraph(parser, tokens)
  const page: SitePage = {
    file: source.file,
    source: sourceFile,
    path,
    title: pageTitle(data, tokens) ?? path,
    ...(description !== undefined && { description }),
    frontmatter: data,
    ...localeOfFile(source.file, locales)
  }
  const rules = (env.rules ?? [])
    .sort((a, b) => a.number - b.number)
    .map((rule) => siteRule(rule, path, siteUrl))
  const ladder = readLadder(tokens, source.file, (map) =>
    sourceLocation(env, map)
  )
  const render = (part: Token[]) =>
    parser.renderer.render(part, parser.options, env)
  return { page, rules, ladder, tokens, render }
}

function describe(link: ShortLink, slug: string): string {
  const what =
    link.kind === 'number'
      ? 'its number'
      : link.kind === 'id'
        ? 'its id'
        : `its alias "${slug}"`
  return `the rule "${link.rule.id}" (${what}, ${link.rule.source})`
}

/** Every short link, in rule order; two rules claiming one (alias "3", rule 3) throw. */
export function shortLinks(rules: readonly SiteRule[]): ShortLink[] {
  const byPath = new Map<string, ShortLink>()
  for (const rule of rules) {
    const claims: [string, ShortLinkKind][] = [
      [String(rule.number), 'number'],
      [rule.id, 'id'],
      ...rule.aliases.map((alias): [string, ShortLinkKind] => [alias, 'alias'])
    ]
    for (const [slug, kind] of claims) {
      const link: ShortLink = { path: shortLinkPath(slug), rule, kind }
      const first = byPath.get(link.path)
      // The same rule naming itself twice (alias "2" on rule 2) is harmless.
      if (first?.rule.id === rule.id) continue
      if (first) {
        throw new ContentError(
          rule.source,
          `the short link ${link.path} is claimed twice: by ${describe(first, slug)} and by ${describe(link, slug)}. Change or remove one of them, so that each short link leads to one rule.`
        )
      }
      byPath.set(link.path, link)
    }
  }
  return [...byPath.values()]
}

export function buildSiteModel(input: SiteModelInput) {
  const locales = input.locales ?? []
  const read = [...input.pages]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((file) => parsePage(file, input.siteUrl, locales))
  const rules = read.flatMap((entry) => (entry.page.locale ? [] : entry.rules))
  checkRuleIds(rules)
  checkTranslatedRules(read, rules)
  const pages = withFallbacks(
    read.map(({ page }) => page),
    locales
  )
  // The ladder is the original code of conduct's; translations repeat its
  // steps in their own words.
  const ladder = siteLadder(
    read.flatMap((entry) => (entry.page.locale ? [] : [entry.ladder]))
  )
  for (const { id, enforcement } of rules)
    if (enforcement) ladderStep(ladder, id, enforcement)
  const rulesPage = pages.find((page) => page.path === rules[0]?.page)
  return {
    /** The published site's root URL, base included, without a trailing slash. */
    siteUrl: input.siteUrl,
    pages,
    /** The locale keys, from the config (none without translations). */
    locales,
    /** The page that holds the rules, if any. */
    ...(rulesPage && { rulesPage }),
    /** In the default language, in page order, then by number. */
    rules,
    /** The rules of translated pages, each at its page in the locale (`/ar/slack-rules`). */
    translatedRules: read.flatMap((entry) =>
      entry.page.locale ? entry.rules : []
    ),
    /** The code of conduct's enforcement ladder, mildest step first. */
    ladder,
    /** By locale key: its translated code of conduct's steps (none untranslated). */
    translatedLadders: translatedLadders(read, ladder, locales),
    shortLinks: shortLinks(rules),
    redirects: input.redirects,
    /** `permalinks.json`: every URL the site has ever published. */
    registry: input.registry
  }
}

export type SiteModel = ReturnType<typeof buildSiteModel>
