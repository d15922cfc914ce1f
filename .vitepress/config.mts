/**
 * The site's settings. The build pipeline is in build-hooks.ts; the theme's
 * replacements of VitePress parts are a table in theme/overrides.ts.
 */
import { fileURLToPath } from 'node:url'
import { defineConfigWithTheme, type HeadConfig } from 'vitepress'
import { buildHooks } from './build-hooks'
import { community } from './community'
import { guardContent } from './content-error'
import { pagesFolderFileProblems, throwFirstProblem } from './content/includes'
import type { SiteTexts } from './community/types'
import { writeFallbackPages } from './i18n/fallbacks'
import { fill } from './i18n/texts'
import { rtlCssPlugins } from './i18n/rtl-css'
import { defaultTexts, siteLocales, themeTexts } from './i18n/locale-config'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { devSocialIconsPlugin } from './build/social-icons'
import { siteTitle } from './i18n/locale-texts'
import { speculationRules } from './build/speculation-rules'
import { editLinkPattern } from './repository-links'
import {
  accessibilityFile,
  codeOfConductFile,
  communityGuideFile,
  slackRulesFile
} from './site/guide-pages'
import { localeFile, withBase } from './site/paths'
import { siteBase, sitePreview, siteRepository, siteUrl } from './site-env'
import { loadSiteModel } from './site/load'
import { themeOverrideAliases } from './theme/overrides'
import type { SiteThemeConfig } from './theme/theme-config'

const hooks = buildHooks(community)
const publicFolder = fileURLToPath(new URL('../public', import.meta.url))
const pagesFolder = fileURLToPath(new URL('../docs', import.meta.url))
// docs/ may hold only pages and images: checked before VitePress lists the
// pages, as it runs a `docs/[x].paths.mjs` while it reads this config.
guardContent(() => throwFirstProblem(pagesFolderFileProblems(pagesFolder)))

// The site model reads every page once; a mistake in one ends the build
// with its line, printed once.
const site = guardContent(() => loadSiteModel())
// Pages a locale lacks are served from copies of the originals, written
// before VitePress lists the pages (i18n/fallbacks.ts).
const rewrites = writeFallbackPages(pagesFolder, site)

/** A page's navbar and sidebar entry in a locale, labelled by its title. */
function pageLink(file: string, locale?: string, activeMatch = false) {
  const page = site.pages.find((each) => each.file === localeFile(locale, file))
  if (!page) throw new Error(`The page docs/${file} is missing.`)
  return {
    text: page.title,
    link: page.path,
    ...(activeMatch && { activeMatch: `^${page.path}` })
  }
}

/** The pages in the navbar, and first in the sidebar. */
const guidePages = [communityGuideFile, slackRulesFile, codeOfConductFile]

/**
 * The footer where there is no sidebar (the home and 404 pages). VitePress
 * renders it as HTML: the texts are escaped, the link carries the base.
 */
function footer(locale: string | undefined, texts: SiteTexts) {
  const statement = pageLink(accessibilityFile, locale).link
  const { theme } = texts
  return {
    message:
      `${escapeHtml(fill(theme.footer, { community: community.name }))} ` +
      `<a href="${withBase(siteBase, statement)}">${escapeHtml(theme.accessibilityStatement)}</a>`
  }
}

/** The navbar's icon links, named in a locale's words. */
function socialLinks(texts: SiteTexts) {
  const { theme } = texts
  return [
    {
      icon: 'github',
      link: community.project.repository,
      ariaLabel: fill(theme.gitHubLink, { project: community.project.name })
    },
    {
      icon: 'slack',
      link: community.slack.inviteUrl,
      ariaLabel: fill(theme.slackLink, { community: community.name })
    }
  ]
}

/** The navbar, sidebar and footer of the default language or of a locale. */
function navigation(locale: string | undefined, texts: SiteTexts) {
  return {
    footer: footer(locale, texts),
    socialLinks: socialLinks(texts),
    nav: guidePages.map((file) => pageLink(file, locale, true)),
    sidebar: [
      {
        text: texts.theme.communityGroup,
        items: guidePages.map((file) => pageLink(file, locale))
      },
      {
        text: texts.theme.aboutGroup,
        items: [
          pageLink('changes.md', locale),
          pageLink(accessibilityFile, locale)
        ]
      }
    ]
  }
}

const editLink = siteRepository
  ? {
      pattern: editLinkPattern(siteRepository),
      text: defaultTexts(community).theme.editLink
    }
  : undefined

const head: HeadConfig[] = [
  // VitePress adds the base to links in pages, not to these tags.
  [
    'link',
    { rel: 'icon', href: `${siteBase}favicon.svg`, type: 'image/svg+xml' }
  ],
  ['meta', { name: 'theme-color', content: '#3d5afe' }],
  // A page is fetched while the pointer rests on a link to it.
  ['script', { type: 'speculationrules' }, speculationRules(siteBase)]
]

// https://vitepress.dev/reference/site-config
export default defineConfigWithTheme<SiteThemeConfig>({
  srcDir: 'docs',
  // The path the site is served under: `/` on its own domain, `/<repo>/` on
  // GitHub Pages. See site-env.ts.
  base: siteBase,
  lang: community.lang,
  // Translations, when the config has them: see i18n/locale-config.ts.
  locales: siteLocales(community, navigation, editLink),
  rewrites,
  title: siteTitle(community),
  description: community.description,
  cleanUrls: true,
  // Pages ship as HTML with no Vue app; what moves is a small island
  // (theme/islands/), started by PageIslands.vue's `<script client>`.
  mpa: true,
  lastUpdated: true,
  // No forced layout at start-up; the switch turns transitions off itself
  // (theme/islands/appearance-switch.ts).
  appearance: { disableTransition: false },
  head,
  // The hostname must end with the base, as page URLs are resolved against it.
  sitemap: {
    hostname: new URL(siteBase, `${siteUrl}/`).href,
    transformItems: hooks.sitemapItems
  },
  // Headings in the page data, so that "On this page" is in the served HTML
  // (theme/composables/use-page-outline.ts); the outline setting picks the levels.
  markdown: {
    config: hooks.markdown,
    // Rules' headings sit inside their cards (a container), hence nested.
    headers: { level: [2, 3, 4, 5, 6], shouldAllowNested: true }
  },
  transformPageData: hooks.transformPageData,
  transformHtml: hooks.transformHtml,
  transformHead: hooks.transformHead,
  buildEnd: hooks.buildEnd,
  // Every component is <script setup>: leave Vue's Options API out of the bundle.
  vue: { features: { optionsAPI: false } },

  vite: {
    // Static files live in the top-level public/, not docs/public/.
    publicDir: publicFolder,
    // See build-hooks.ts; in dev, the social icons (build/social-icons.ts).
    plugins: [...hooks.vitePlugins, devSocialIconsPlugin()],
    resolve: { alias: themeOverrideAliases() },
    // Inline, so that Vite never looks for a PostCSS config (code) in docs/.
    // Mirrored for right-to-left locales (i18n/rtl-css.ts).
    css: { postcss: { plugins: rtlCssPlugins(community) } }
  },

  themeConfig: {
    ...navigation(undefined, defaultTexts(community)),
    ...themeTexts(defaultTexts(community)),
    // Its texts are the site's own (SearchButton.vue), in the page's locale.
    search: { provider: 'local' },
    // Only when the repository is known: see site-env.ts.
    editLink,
    repository: siteRepository,
    preview: sitePreview
  }
})
