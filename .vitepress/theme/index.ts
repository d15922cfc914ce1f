/**
 * VitePress's default theme (its layout, navigation, search and dark mode,
 * assembled in default-theme-base.js) with our brand colours, layout slots
 * and the community's own components.
 */
import type { Theme } from 'vitepress'
import { useData, useRoute, withBase } from 'vitepress'
import { Layout, VPBadge } from './default-theme-base'
import { computed, h, onMounted, provide, type Component } from 'vue'
import { recordRenderErrors } from '../build/render-errors'
import { community } from '../community'
import { contributingGuideUrl } from '../repository-links'
import { localeReportingPath } from '../site/guide-pages'
import ContributingLink from './components/ContributingLink.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import PageIslands from './components/PageIslands.vue'
import PreviewBanner from './components/PreviewBanner.vue'
import TranslationNotice from './components/TranslationNotice.vue'
import type { TranslationNotice as TranslationNoticeData } from '../i18n/notice'
import ReportProblemBox from './components/ReportProblemBox.vue'
import { communityKey } from './composables/use-community'
import { siteTextsKey, textsLangKey } from './composables/use-site-texts'
import { localeReporting, localeTexts } from '../i18n/locale-texts'
import { reportingKey } from './composables/use-reporting'
import { markdownComponentNames } from './markdown-components'
import type { SiteThemeConfig } from './theme-config'
import './style.css'
import './navbar.css'
import './print.css'
import './search-dialog.css'

/** Components that Markdown may use, each in components/<name>.vue: the
 * sanitizer's allowlist (markdown-components.ts) names them. */
const componentFiles = import.meta.glob<Component>('./components/*.vue', {
  eager: true,
  import: 'default'
})
const markdownComponents = markdownComponentNames.map((name) => {
  const component = componentFiles[`./components/${name}.vue`]
  if (!component)
    throw new Error(
      `markdown-components.ts lists ${name}: add components/${name}.vue`
    )
  return [name, component] as const
})

/** "Report a problem" below every layout's content, linking to the
 * reporting section in the page's locale. */
function reportProblemBox(
  placement: 'doc' | 'home' | 'page' | 'not-found',
  localeIndex: string
) {
  const guideHref = withBase(localeReportingPath(localeIndex))
  return h(
    'div',
    { class: ['report-problem-slot', `report-problem-slot--${placement}`] },
    h(ReportProblemBox, { guideHref })
  )
}

export default {
  enhanceApp({ app, router }) {
    // As upstream, whose name this is: Markdown may use <Badge>.
    // eslint-disable-next-line vue/multi-word-component-names
    app.component('Badge', VPBadge)
    // The one place the theme reads the config; components default to it.
    app.provide(communityKey, community)
    for (const [name, component] of markdownComponents)
      app.component(name, component)
    // At build time, an error while rendering a page fails the build.
    if (import.meta.env.SSR) recordRenderErrors(app, router)
  },
  setup() {
    // The site's own texts follow the page's locale (use-site-texts.ts).
    const { localeIndex, lang } = useData()
    provide(
      siteTextsKey,
      computed(() => localeTexts(community, localeIndex.value))
    )
    provide(
      textsLangKey,
      computed(() => lang.value)
    )
    provide(
      reportingKey,
      computed(() => localeReporting(community, localeIndex.value))
    )
    // `npm run dev` is an SPA that loads no `<script client>`: it starts the
    // islands itself. Imported on demand, so the build leaves it out.
    if (import.meta.env.DEV) {
      const route = useRoute()
      onMounted(async () => (await import('./dev-islands')).followPages(route))
    }
  },
  Layout() {
    const { theme, page, localeIndex } = useData<SiteThemeConfig>()
    const { repository, preview } = theme.value
    // Built per page in a locale (i18n/notice.ts).
    const notice = (page.value as { translation?: TranslationNoticeData })
      .translation
    const translationNotice = () =>
      notice ? h(TranslationNotice, { notice }) : null
    // The report box has one slot per layout, so that every page, the home
    // page and the 404 page included, offers a way to report a problem.
    return h(Layout, null, {
      'layout-top': () => (preview ? h(PreviewBanner) : null),
      'doc-before': translationNotice,
      'home-hero-before': translationNotice,
      'doc-footer-before': () =>
        repository
          ? h(ContributingLink, { href: contributingGuideUrl(repository) })
          : null,
      'doc-after': () => reportProblemBox('doc', localeIndex.value),
      'page-bottom': () => reportProblemBox('page', localeIndex.value),
      'home-features-after': () => reportProblemBox('home', localeIndex.value),
      'not-found': () => [
        h(NotFoundPage),
        reportProblemBox('not-found', localeIndex.value)
      ],
      'layout-bottom': () => h(PageIslands)
    })
  }
} satisfies Theme
