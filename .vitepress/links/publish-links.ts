/**
 * The build's last step (`buildEnd`): writes the pages and files that keep
 * links working and let Slack preview them, then checks that every URL in
 * the permalink registry is still served.
 *
 * - `/r/<number>`, `/r/<id>`, `/r/<alias>`: a short link page per rule;
 * - a redirect page at each old path, and `_redirects` for hosts that read it;
 * - `/rules.json` and `/slack/welcome.json` for bots;
 * - `robots.txt`, pointing at the sitemap.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Community } from '../community/types'
import type { LinkPreview } from '../previews/link-preview'
import { socialImage } from '../previews/page-preview'
import { siteTitle } from '../i18n/locale-texts'
import { ruleSocialCard } from '../previews/social-cards'
import type { ShortLink, SiteModel, SiteRule } from '../site/model'
import { absoluteUrl, outputFile, withBase } from '../site/paths'
import { checkedWelcomeMessage } from '../slack/welcome-message'
import { forwardingPageHtml, type ForwardingPage } from './forwarding-page'
import { LinkError } from './link-error'
import { checkPermalinks, type LoadPath } from './permalinks'
import { checkRedirects, redirectsFile, type Redirect } from './redirect-check'

export interface PublishLinksInput {
  model: SiteModel
  /** The built site's folder. */
  outDir: string
  /** The site's `base`: `/`, or `/<repo>/` on GitHub Pages. */
  base: string
  community: Community
  /** The title of the page that holds the rules, from its frontmatter. */
  rulesTitle: string
  /** Each rendered page's link preview, by page path (from `transformHead`). */
  pagePreviews: ReadonlyMap<string, LinkPreview>
}

/** The forwarding page of a short link. */
export function shortLinkPage(
  link: ShortLink,
  input: Pick<PublishLinksInput, 'community' | 'rulesTitle' | 'base'> & {
    siteUrl: string
  }
): ForwardingPage {
  const { rule } = link
  const { community, siteUrl, rulesTitle } = input
  const ruleTitle = `Rule ${rule.number}: ${rule.title}`
  const card = ruleSocialCard(rule, community, rulesTitle)
  return {
    href: withBase(input.base, rule.links.anchor),
    preview: {
      title: ruleTitle,
      documentTitle: `${ruleTitle} | ${siteTitle(community)}`,
      description: rule.summary,
      // Every short link of a rule names the id link as its URL: a bot that
      // re-fetches og:url still gets this rule's preview, not the whole page.
      url: rule.links.shortUrl,
      canonical: rule.links.url,
      siteName: siteTitle(community),
      lang: community.lang,
      image: socialImage(card, siteUrl)
    },
    eyebrow: card.eyebrow,
    heading: rule.title,
    text: rule.summary,
    linkText: `Read rule ${rule.number} on the ${rulesTitle} page`
  }
}

/** The forwarding page of a redirect, previewed as the page it leads to. */
export function redirectPage(
  redirect: Redirect,
  finalPage: string,
  input: Pick<PublishLinksInput, 'pagePreviews' | 'base'> & {
    siteUrl: string
  }
): ForwardingPage {
  const target = input.pagePreviews.get(finalPage)
  if (!target) {
    throw new LinkError(
      `The redirect from "${redirect.from}" leads to ${finalPage}, which has no link preview.`
    )
  }
  const anchors = Object.fromEntries(
    Object.entries(redirect.anchors ?? {}).map(([anchor, to]) => [
      anchor,
      withBase(input.base, to)
    ])
  )
  return {
    href: withBase(input.base, redirect.to),
    anchors,
    preview: {
      ...target,
      documentTitle: `Moved: ${target.documentTitle ?? target.title}`
    },
    heading: 'This page has moved',
    text: `${target.title} now lives at ${absoluteUrl(input.siteUrl, redirect.to)}.`,
    linkText: `Go to ${target.title}`
  }
}

/**
 * `/rules.json`: the Slack rules for bots, such as a Slack app that answers
 * "rule 4" with the rule's title, summary, link and (built on the id, so it
 * never changes) short link.
 */
export function rulesJson(rules: readonly SiteRule[]) {
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      number: rule.number,
      title: rule.title,
      summary: rule.summary,
      url: rule.links.url,
      shortUrl: rule.links.shortUrl,
      aliases: rule.aliases
    }))
  }
}

function writeOutput(outDir: string, path: string, content: string): void {
  const file = join(outDir, outputFile(path))
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

export async function publishLinks(input: PublishLinksInput): Promise<void> {
  const { model, outDir, base, community } = input
  const { siteUrl } = model
  const pages = model.pages.map((page) => page.path)

  for (const link of model.shortLinks) {
    if (pages.includes(link.path))
      throw new LinkError(
        `The short link ${link.path} of the rule "${link.rule.id}" (${link.rule.source}) hides the page ${link.path}. Rename the page.`
      )
  }
  const checkedRedirects = checkRedirects(model.redirects, {
    pages,
    generated: model.shortLinks.map((link) => link.path)
  })

  const context = { ...input, siteUrl }
  for (const link of model.shortLinks)
    writeOutput(
      outDir,
      link.path,
      forwardingPageHtml(shortLinkPage(link, context))
    )
  for (const { redirect, finalPage } of checkedRedirects) {
    const page = redirectPage(redirect, finalPage, context)
    writeOutput(outDir, redirect.from, forwardingPageHtml(page))
  }

  writeFileSync(join(outDir, '_redirects'), redirectsFile(model.redirects))
  writeFileSync(
    join(outDir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}\n`
  )
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  writeOutput(outDir, '/rules.json', json(rulesJson(model.rules)))
  // The default language's message, then each locale's.
  for (const locale of [undefined, ...model.locales]) {
    const message = checkedWelcomeMessage({ community, model, locale })
    writeOutput(
      outDir,
      `/slack/welcome${locale ? `.${locale}` : ''}.json`,
      json(message)
    )
  }

  // Each registered path, read from the built files as a static host serves it.
  const load: LoadPath = async (path) => {
    const file = join(outDir, outputFile(path))
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
  await checkPermalinks(model.registry, load, base)
}
