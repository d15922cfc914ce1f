/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 *
 * The theme comes without its Inter web font: the system font stack (set in
 * style.css) reads as well and saves 66 KiB or more on a first visit, more
 * than every other byte of a page together.
 */
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme-without-fonts'
import { h } from 'vue'
import ContactList from './components/ContactList.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import ReportRoutes from './components/ReportRoutes.vue'
import ReportTimeline from './components/ReportTimeline.vue'
import RuleCard from './components/RuleCard.vue'
import { useAppearanceToggle } from './composables/use-appearance-toggle'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Components that Markdown pages may use, by name.
    app.component('ContactList', ContactList)
    app.component('ReportRoutes', ReportRoutes)
    app.component('ReportTimeline', ReportTimeline)
    app.component('RuleCard', RuleCard)
  },
  setup() {
    useAppearanceToggle()
  },
  Layout() {
    return h(DefaultTheme.Layout, null, {
      'not-found': () => h(NotFoundPage)
    })
  }
} satisfies Theme
