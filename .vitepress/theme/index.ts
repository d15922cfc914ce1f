/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 */
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import ContactList from './components/ContactList.vue'
import CopyableText from './components/CopyableText.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import ReportRoutes from './components/ReportRoutes.vue'
import ReportTimeline from './components/ReportTimeline.vue'
import RuleCard from './components/RuleCard.vue'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Components that Markdown pages may use, by name.
    app.component('ContactList', ContactList)
    app.component('CopyableText', CopyableText)
    app.component('ReportRoutes', ReportRoutes)
    app.component('ReportTimeline', ReportTimeline)
    app.component('RuleCard', RuleCard)
  },
  Layout() {
    return h(DefaultTheme.Layout, null, {
      'not-found': () => h(NotFoundPage)
    })
  }
} satisfies Theme
