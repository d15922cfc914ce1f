import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  defineConfigWithTheme,
  type HeadConfig,
  type SiteConfig
} from 'vitepress'
import { checkRenderedPage } from './build/render-check'
import { secureBuiltSite } from './build/secure-build'
import { community } from './community'
import { validateCommunity } from './community/validate'
import { historyStatus } from './policy/git-history'
import { policyPages } from './policy/policies'
import { editLinkPattern } from './repository-links'
import {
  siteBase,
  sitePreview,
  siteRepository,
  siteRoot,
  siteUrl
} from './site-env'
import { loadRules, rulesPage } from './rules/load-rules'
import { redirects } from './redirects'
import { pagePath } from './links/paths'
import { loadRegistry, publishedFiles } from './links/permalinks'
import { publishLinks } from './links/publish-links'
import { shortLinks } from './links/short-links'
import {
  escapeHtml,
  linkPreviewHead,
  type LinkPreview
} from './previews/link-preview'
import { pagePreview } from './previews/page-preview'
import { buildSocialCards } from './previews/build-social-cards'
import { createContentLinkCheck } from './content-links/check-links'
import { guardContent } from './content-error'
import { ruleContainerPlugin } from './plugins/rule-container'
import { codeCopyLabelPlugin } from './plugins/code-copy-label'
import { formatLastUpdated } from './transforms/last-updated'
import { loadScriptsAfterPaint } from './transforms/load-scripts-after-paint'
import { resourceListCheckPlugin } from './plugins/resource-list-check'
import { frontmatterLinesPlugin } from './plugins/source-location'
import { sanitizePagePlugin } from './plugins/sanitize-page'
import { pagesPreflightPlugin } from './content/includes'
import { resourceGroups } from './community/types'
import { policyVersionPlugin } from './plugins/policy-version'
import type { SiteThemeConfig } from './theme/theme-config'
import {
  communityLinksPlugin,
  resolveCommunityLink,
  communityLinkTargets
} from './plugins/community-links'

const projectRoot = fileURLToPath(new URL('../', import.meta.url))
const publicFolder = fileURLToPath(new URL('../public', import.meta.url))
const pagesFolder = fileURLToPath(new URL('../docs', import.meta.url))
const repositoryRoot = fileURLToPath(new URL('../', import.meta.url))
// Fails at once, in dev too, with every wrong field of the community facts.
validateCommunity(community)
const linkTargets = communityLinkTargets(community)
// Dead links and #anchors, reported against the Markdown's lines.
const contentLinks = createContentLinkCheck({
  publicDir: publicFolder,
  generated: () => [
    ...publishedFiles,
    ...shortLinks(rules).map((link) => link.path),
    ...redirects.map((redirect) => redirect.from)
  ]
})
// A mistake in a rule block ends the build with its line, printed once.
const rules = guardContent(loadRules)
// Fails at once, in dev too, when two rules claim the same short link.
guardContent(() => shortLinks(rules))
// Filled by transformHead; buildEnd previews redirects as their target page.
const pagePreviews = new Map<string, LinkPreview>()

// Without full git history (a shallow clone, or no commits yet), git would
// date every page to the last commit, or to nothing: leave dates out.
const hasFullHistory = historyStatus(repositoryRoot) === 'full'

const head: HeadConfig[] = [
  // VitePress adds the base to links in pages, not to these tags.
  [
    'link',
    { rel: 'icon', href: `${siteBase}favicon.svg`, type: 'image/svg+xml' }
  ],
  ['meta', { name: 'theme-color', content: '#3d5afe' }]
]

/** The build's last steps (`buildEnd`); see the comment where it is called. */
async function publishSite(siteConfig: SiteConfig): Promise<void> {
  const rulesTitle = pagePreviews.get(pagePath(rulesPage))?.title
  if (!rulesTitle) throw new Error(`The rules page ${rulesPage} was not built.`)
  await publishLinks({
    siteConfig,
    community,
    rules,
    redirects,
    registry: loadRegistry(projectRoot),
    siteUrl: siteRoot,
    rulesTitle,
    pagePreviews
  })
  await buildSocialCards({
    siteConfig,
    community,
    pages: pagePreviews,
    rules,
    rulesTitle,
    logoFile: join(publicFolder, 'favicon.svg')
  })
  secureBuiltSite(siteConfig)
}

// https://vitepress.dev/reference/site-config
export default defineConfigWithTheme<SiteThemeConfig>({
  srcDir: 'docs',
  // The path the site is served under: `/` on its own domain, `/<repo>/` on
  // GitHub Pages. See site-env.ts.
  base: siteBase,
  lang: community.lang,
  title: `${community.name} Community`,
  description: community.description,
  cleanUrls: true,
  lastUpdated: true,
  // No forced layout at start-up; the switch turns transitions off itself
  // (theme/composables/use-appearance-toggle.ts).
  appearance: { disableTransition: false },
  // No prefetching of linked pages' chunks on idle: most readers come from
  // Slack for one page, and on a phone those bytes (about 4 KiB a page) are
  // usually wasted. A click on a link fetches its page then.
  router: { prefetchLinks: false },
  head,
  // The hostname must end with the base, as page URLs are resolved against it.
  sitemap: {
    hostname: new URL(siteBase, `${siteUrl}/`).href,
    transformItems: (items) =>
      hasFullHistory
        ? items
        : items.map((item) => ({ ...item, lastmod: undefined }))
  },

  markdown: {
    config(md) {
      md.use(communityLinksPlugin, { community })
      md.use(ruleContainerPlugin, { siteRules: rules })
      md.use(resourceListCheckPlugin, { groups: resourceGroups })
      md.use(policyVersionPlugin, {
        policies: policyPages,
        changesPath: '/changes'
      })
      // Error lines count from the top of the file, frontmatter included.
      md.use(frontmatterLinesPlugin)
      md.use(codeCopyLabelPlugin)
      md.use(contentLinks.markdownPlugin)
      // Last, so that it wraps every other plugin: see the module.
      md.use(sanitizePagePlugin, { srcDir: pagesFolder })
    }
  },

  // Frontmatter links (the home page's buttons) may use `community:` too;
  // the "Last updated" date is formatted here, not in the browser.
  transformPageData(pageData) {
    if (!hasFullHistory) delete pageData.lastUpdated
    const actions = (
      pageData.frontmatter.hero as { actions?: { link?: string }[] } | undefined
    )?.actions
    for (const action of actions ?? []) {
      if (action.link) {
        action.link = resolveCommunityLink(
          action.link,
          linkTargets,
          `docs/${pageData.relativePath} (frontmatter)`
        )
      }
    }
    return {
      lastUpdatedText: formatLastUpdated(pageData.lastUpdated, community.lang)
    }
  },

  // A render that threw or came out empty fails the build; the text paints
  // first and the JavaScript loads after (see each module).
  transformHtml(html, _file, { page, pageData, content }) {
    checkRenderedPage({
      relativePath: pageData.relativePath,
      source: `docs/${pageData.filePath}`,
      layout: page === '404.md' ? 'not-found' : pageData.frontmatter.layout,
      content
    })
    return loadScriptsAfterPaint(html, `docs/${page}`)
  },

  // Every component is <script setup>: leave Vue's Options API out of the bundle.
  vue: { features: { optionsAPI: false } },

  // Link previews (Open Graph, Twitter card, canonical URL) on every page.
  transformHead({ page, pageData, title, siteConfig }) {
    // VitePress writes a page's description unescaped unless the head has
    // one (renderPage() in vitepress/dist/node): give the 404 page its own.
    if (page === '404.md') {
      return [['meta', { name: 'description', content: community.description }]]
    }
    const preview = {
      ...pagePreview({
        page,
        title: pageData.title,
        description: pageData.frontmatter.description as string | undefined,
        markdown: () => readFileSync(`${siteConfig.srcDir}/${page}`, 'utf8'),
        community,
        siteUrl: siteRoot
      }),
      documentTitle: title
    }
    pagePreviews.set(pagePath(page), preview)
    return linkPreviewHead(preview)
  },

  // Short links, redirects, /rules.json, /slack/welcome.json, robots.txt;
  // then every URL in permalinks.json must still be served. The social
  // cards of the site, its pages and rules. Then the security step, which
  // must stay last: it checks every built page (short-link pages included)
  // and writes the CSP into each and into _headers.
  buildEnd: (siteConfig) => guardContent(() => publishSite(siteConfig)),

  vite: {
    // Static files live in the top-level public/, not docs/public/.
    publicDir: publicFolder,
    // Frontmatter openers, includes and public/, before any page is read;
    // our check of the Markdown's links once every page is rendered.
    plugins: [
      pagesPreflightPlugin(pagesFolder, publicFolder),
      contentLinks.vitePlugin
    ],
    resolve: {
      alias: [
        {
          // Our search button meets WCAG 2.5.3; see the component's comment.
          find: /^.*\/VPNavBarSearchButton\.vue$/,
          replacement: fileURLToPath(
            new URL('./theme/components/SearchButton.vue', import.meta.url)
          )
        },
        {
          // Our dark-mode switch has a name in the served HTML; see its comment.
          find: /^.*\/VPSwitchAppearance\.vue$/,
          replacement: fileURLToPath(
            new URL('./theme/components/AppearanceSwitch.vue', import.meta.url)
          )
        },
        {
          // VitePress's own components, for our overrides to reuse (typed in
          // env.d.ts, so vue-tsc leaves VitePress's sources alone).
          find: /^@vitepress-default-theme\//,
          replacement: `${join(
            dirname(
              createRequire(import.meta.url).resolve('vitepress/package.json')
            ),
            'dist/client/theme-default/components'
          )}/`
        },
        {
          // A group that cannot collapse is not a button; see the component.
          find: /^.*\/VPSidebarGroup\.vue$/,
          replacement: fileURLToPath(
            new URL('./theme/components/SidebarGroup.vue', import.meta.url)
          )
        },
        {
          // Only the search button's rules of DocSearch's stylesheet.
          find: /^@docsearch\/css$/,
          replacement: fileURLToPath(
            new URL('./theme/docsearch-button.css', import.meta.url)
          )
        },
        {
          // No style read on mount; see the component's comment.
          find: /^.*\/VPSocialLink\.vue$/,
          replacement: fileURLToPath(
            new URL('./theme/components/SocialLink.vue', import.meta.url)
          )
        },
        {
          // The date is formatted at build time; see the component.
          find: /^.*\/VPDocFooterLastUpdated\.vue$/,
          replacement: fileURLToPath(
            new URL('./theme/components/LastUpdated.vue', import.meta.url)
          )
        }
      ]
    }
  },

  themeConfig: {
    siteUrl,
    nav: [
      {
        text: 'Community guide',
        link: '/community',
        activeMatch: '^/community'
      },
      {
        text: 'Slack rules',
        link: '/slack-rules',
        activeMatch: '^/slack-rules'
      },
      {
        text: 'Code of conduct',
        link: '/code-of-conduct',
        activeMatch: '^/code-of-conduct'
      }
    ],
    sidebar: [
      {
        text: 'Community',
        items: [
          { text: 'Community guide', link: '/community' },
          { text: 'Slack rules', link: '/slack-rules' },
          { text: 'Code of conduct', link: '/code-of-conduct' }
        ]
      },
      {
        text: 'About this site',
        items: [
          { text: 'Changes', link: '/changes' },
          { text: 'Accessibility', link: '/accessibility' }
        ]
      }
    ],
    outline: { level: [2, 3], label: 'On this page' },
    socialLinks: [
      {
        icon: 'github',
        link: community.project.repository,
        ariaLabel: `${community.project.name} on GitHub`
      },
      {
        icon: 'slack',
        link: community.slack.inviteUrl,
        ariaLabel: `Join the ${community.name} Slack`
      }
    ],
    search: {
      provider: 'local',
      options: {
        translations: { button: { buttonText: 'Search' } }
      }
    },
    // Only when the repository is known: see site-env.ts.
    editLink: siteRepository
      ? { pattern: editLinkPattern(siteRepository), text: 'Edit this page' }
      : undefined,
    lastUpdated: {
      text: 'Last updated',
      formatOptions: { dateStyle: 'long' }
    },
    repository: siteRepository,
    preview: sitePreview,
    footer: {
      // Shown where there is no sidebar (the home and 404 pages). VitePress
      // renders it as HTML: the name is escaped, and the link carries the
      // base itself.
      message:
        `A community guide for ${escapeHtml(community.name)}. Written in the open; suggestions welcome. ` +
        `<a href="${siteBase}accessibility">Accessibility statement</a>`
    }
  }
})
