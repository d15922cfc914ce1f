import { fileURLToPath } from 'node:url'
import { defineConfig, type HeadConfig } from 'vitepress'
import { community } from './community'
import { siteRepository, siteUrl } from './site-env'
import { loadRules } from './rules/load-rules'
import { ruleContainerPlugin } from './plugins/rule-container'
import { formatLastUpdated } from './transforms/last-updated'
import { loadScriptsAfterPaint } from './transforms/load-scripts-after-paint'
import {
  communityLinksPlugin,
  resolveCommunityLink,
  communityLinkTargets
} from './plugins/community-links'

const publicFolder = fileURLToPath(new URL('../public', import.meta.url))
const linkTargets = communityLinkTargets(community)
const rules = loadRules()

const head: HeadConfig[] = [
  ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
  ['meta', { name: 'theme-color', content: '#3d5afe' }]
]

// https://vitepress.dev/reference/site-config
export default defineConfig({
  srcDir: 'docs',
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
  sitemap: { hostname: siteUrl },

  markdown: {
    config(md) {
      md.use(communityLinksPlugin, { community })
      md.use(ruleContainerPlugin, { siteRules: rules })
    }
  },

  // Frontmatter links (the home page's buttons) may use `community:` too;
  // the "Last updated" date is formatted here, not in the browser.
  transformPageData(pageData) {
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

  // The text paints first; the JavaScript loads after (see the module).
  transformHtml: (html, _file, { page }) =>
    loadScriptsAfterPaint(html, `docs/${page}`),

  // Every component is <script setup>: leave Vue's Options API out of the bundle.
  vue: { features: { optionsAPI: false } },

  vite: {
    // Static files live in the top-level public/, not docs/public/.
    publicDir: publicFolder,
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
    editLink: siteRepository
      ? {
          pattern: `${siteRepository.url}/edit/${siteRepository.branch}/docs/:path`,
          text: 'Edit this page'
        }
      : undefined,
    footer: {
      message: `A community guide for ${community.name}. Written in the open; suggestions welcome.`
    }
  }
})
