/**
 * The build pipeline behind config.mts's settings: the Markdown plugins, the
 * per-page hooks and the build's last step. `buildHooks()` keeps each
 * build's state (the site model, the link previews collected page by page)
 * in its closure, and reads nothing until VitePress calls a hook.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type MarkdownIt from 'markdown-it'
import type {
  HeadConfig,
  PageData,
  SiteConfig,
  TransformContext
} from 'vitepress'
import {
  completeMpaOutput,
  emptyOutputPlugin,
  withNotFoundContent
} from './build/mpa-output'
import { checkRenderedPage } from './build/render-check'
import { searchIndexPlugin } from './build/search-index'
import { secureBuiltSite } from './build/secure-build'
import type { Community } from './community/types'
import { guardContent } from './content-error'
import { pagesPreflightPlugin } from './content/includes'
import { createContentLinkCheck } from './content-links/check-links'
import { publishedFiles } from './links/permalinks'
import { publishLinks } from './links/publish-links'
import { fallbackPageData } from './i18n/fallbacks'
import { alternateLinks } from './i18n/head'
import { translationNotice } from './i18n/notice'
import { localeLanguage, localeTexts } from './i18n/locale-texts'
import { localizeUpstreamLabels } from './i18n/upstream-labels'
import { historyStatus } from './policy/git-history'
import { policyPages } from './policy/policies'
import { codeCopyLabelPlugin } from './plugins/code-copy-label'
import {
  communityLinkTargets,
  communityLinksPlugin,
  resolveFrontmatterLinks
} from './plugins/community-links'
import { policyVersionPlugin } from './plugins/policy-version'
import { resourceListCheckPlugin } from './plugins/resource-list-check'
import { ruleContainerPlugin } from './plugins/rule-container'
import { anchorLabelsPlugin } from './plugins/anchor-labels'
import { sanitizePagePlugin } from './plugins/sanitize-page'
import { frontmatterLinesPlugin } from './plugins/source-location'
import { uniqueIdsPlugin } from './plugins/unique-ids'
import { linkPreviewHead, type LinkPreview } from './previews/link-preview'
import { buildSocialCards } from './previews/build-social-cards'
import { pagePreview } from './previews/page-preview'
import { loadSiteModel, projectRoot } from './site/load'
import { pagePath } from './site/paths'
import { formatLastUpdated } from './theme/format-date'

const publicFolder = fileURLToPath(new URL('../public', import.meta.url))
const pagesFolder = fileURLToPath(new URL('../docs', import.meta.url))

export function buildHooks(community: Community) {
  // Cached per build (and rebuilt when a page changes in `vitepress dev`).
  // A mistake in a rule block ends the build with its line, printed once.
  const model = () => guardContent(loadSiteModel)
  // Without full git history (a shallow clone, or no commits yet), git would
  // date every page to the last commit, or to nothing: leave dates out.
  let fullHistory: boolean | undefined
  const hasFullHistory = () =>
    (fullHistory ??= historyStatus(projectRoot) === 'full')
  const linkTargets = communityLinkTargets(community)
  // Filled by transformHead; buildEnd previews redirects as their target page.
  const pagePreviews = new Map<string, LinkPreview>()
  // Dead links and #anchors, reported against the Markdown's lines.
  const contentLinks = createContentLinkCheck({
    publicDir: publicFolder,
    generated: () => {
      const site = model()
      return [
        ...publishedFiles,
        ...site.shortLinks.map((link) => link.path),
        ...site.redirects.map((redirect) => redirect.from)
      ]
    }
  })

  return {
    vitePlugins: [
      emptyOutputPlugin(),
      pagesPreflightPlugin(pagesFolder, publicFolder),
      contentLinks.vitePlugin,
      searchIndexPlugin()
    ],

    markdown(md: MarkdownIt): void {
      const site = model()
      md.use(communityLinksPlugin, { community })
      md.use(ruleContainerPlugin, { site, community })
      md.use(anchorLabelsPlugin, { site, community })
      md.use(uniqueIdsPlugin, { rules: site.rules, locales: site.locales })
      md.use(resourceListCheckPlugin)
      md.use(policyVersionPlugin, {
        policies: policyPages(site.pages),
        pages: site.pages
      })
      // Error lines count from the top of the file, frontmatter included.
      md.use(frontmatterLinesPlugin)
      md.use(codeCopyLabelPlugin)
      md.use(contentLinks.markdownPlugin)
      // Last, so that it wraps every other plugin: see the module.
      md.use(sanitizePagePlugin, { srcDir: pagesFolder })
      // A mistake found while a page renders ends `vitepress build` printed
      // once; thrown, Vite and then VitePress would each print it, and a stack.
      const render = md.render.bind(md)
      md.render = (src, env) => guardContent(() => render(src, env))
    },

    sitemapItems<T extends { lastmod?: unknown }>(items: T[]): T[] {
      return hasFullHistory()
        ? items
        : items.map((item) => ({ ...item, lastmod: undefined }))
    },

    // Frontmatter links (the home page's buttons) may use `community:` too;
    // the "Last updated" date is formatted here, not in the browser.
    transformPageData(pageData: PageData) {
      const page = model().pages.find(
        (each) => each.file === pageData.relativePath
      )
      // The default language is left to right: the site config sets no `dir`.
      if (page?.fallback)
        Object.assign(
          pageData,
          fallbackPageData(page, projectRoot, {
            lang: community.lang,
            dir: 'ltr'
          })
        )
      if (!hasFullHistory()) delete pageData.lastUpdated
      resolveFrontmatterLinks(
        pageData.frontmatter,
        linkTargets,
        `docs/${pageData.relativePath} (frontmatter)`
      )
      const translation =
        page && translationNotice(page, model(), community, projectRoot)
      return {
        // In the page's language, as the "Last updated" label before it.
        lastUpdatedText: formatLastUpdated(
          pageData.lastUpdated,
          localeLanguage(community, page?.locale ?? 'root').lang
        ),
        ...(translation && { translation })
      }
    },

    // A render that threw or came out empty fails the build; the 404 page
    // gets its server-rendered content (see each module).
    transformHtml(
      html: string,
      _file: string,
      { page, pageData, content, siteConfig }: TransformContext
    ): string {
      checkRenderedPage({
        relativePath: pageData.relativePath,
        source: `docs/${pageData.filePath}`,
        layout: page === '404.md' ? 'not-found' : pageData.frontmatter.layout,
        content
      })
      const locale = model().pages.find(
        (each) => each.file === pageData.relativePath
      )?.locale
      return withNotFoundContent(
        localizeUpstreamLabels(html, localeTexts(community, locale ?? 'root')),
        page,
        content,
        Object.values(siteConfig.site.locales).map(
          ({ link }) => `${siteConfig.site.base}${(link ?? '/').slice(1)}`
        )
      )
    },

    // Link previews (Open Graph, Twitter card, canonical URL) on every page.
    transformHead({ page, pageData, title }: TransformContext): HeadConfig[] {
      // VitePress writes a page's description unescaped unless the head has
      // one (renderPage() in vitepress/dist/node): give the 404 page its own.
      if (page === '404.md')
        return [
          ['meta', { name: 'description', content: community.description }]
        ]
      const path = pagePath(page)
      const site = model()
      const sitePage = site.pages.find((each) => each.path === path)
      const preview = {
        ...pagePreview({
          page,
          title: pageData.title,
          description: sitePage?.description,
          // A fallback's text is the original's, in its language.
          locale: sitePage?.locale,
          ...(sitePage?.locale &&
            !sitePage.fallback && {
              lang: localeLanguage(community, sitePage.locale).lang
            }),
          community,
          siteUrl: site.siteUrl
        }),
        documentTitle: title
      }
      pagePreviews.set(path, preview)
      return [
        ...linkPreviewHead(preview),
        ...(sitePage ? alternateLinks(sitePage, site, community) : [])
      ]
    },

    // Short links, redirects and files for bots, then the permalink check;
    // the social cards; last, the security step, which checks every built
    // page (short-link pages included) and writes the CSP.
    buildEnd: (siteConfig: SiteConfig): Promise<void> =>
      guardContent(() => publishSite(siteConfig))
  }

  /** The build's last steps (`buildEnd`). */
  async function publishSite(siteConfig: SiteConfig): Promise<void> {
    completeMpaOutput(siteConfig)
    const site = model()
    const rulesPath = site.rulesPage?.path ?? ''
    const rulesTitle = pagePreviews.get(rulesPath)?.title
    if (!rulesTitle)
      throw new Error(`The rules page ${rulesPath} was not built.`)
    await publishLinks({
      model: site,
      outDir: siteConfig.outDir,
      base: siteConfig.site.base,
      community,
      rulesTitle,
      pagePreviews
    })
    await buildSocialCards({
      siteConfig,
      community,
      pages: pagePreviews,
      rules: site.rules,
      rulesTitle,
      logoFile: join(publicFolder, 'favicon.svg')
    })
    secureBuiltSite(siteConfig)
  }
}
