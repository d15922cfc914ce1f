/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 */
import type { Theme } from 'vitepress'
import { useData } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import { contributingGuideUrl } from '../repository-links'
import AccessibilityFeedback from './components/AccessibilityFeedback.vue'
import ContactList from './components/ContactList.vue'
import ContributingLink from './components/ContributingLink.vue'
import CopyableText from './components/CopyableText.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import PolicyChanges from './components/PolicyChanges.vue'
import PolicyVersion from './components/PolicyVersion.vue'
import PreviewBanner from './components/PreviewBanner.vue'
import ReportRoutes from './components/ReportRoutes.vue'
import ReportTimeline from './components/ReportTimeline.vue'
import RuleCard from './components/RuleCard.vue'
import type { SiteThemeConfig } from './theme-config'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Components that Markdown pages may use, by name.
    app.component('AccessibilityFeedback', AccessibilityFeedback)
    app.component('ContactList', ContactList)
    app.component('CopyableText', CopyableText)
    app.component('PolicyChanges', PolicyChanges)
    app.component('ReportRoutes', ReportRoutes)
    app.component('ReportTimeline', ReportTimeline)
    app.component('RuleCard', RuleCard)
    // Inserted by the policy-version Markdown plugin, not written by hand.
    app.component('PolicyVersion', PolicyVersion)
  },
  Layout() {
    const { theme } = useData<SiteThemeConfig>()
    const { repository, preview } = theme.value
    return h(DefaultTheme.Layout, null, {
      'layout-top': () => (preview ? h(PreviewBanner) : null),
      'doc-footer-before': () =>
        repository
          ? h(ContributingLink, { href: contributingGuideUrl(repository) })
          : null,
      'not-found': () => h(NotFoundPage)
    })
  }
} satisfies Theme
