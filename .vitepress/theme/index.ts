/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 *
 * The default theme comes without its Inter web font (see default-theme.ts):
 * the system font stack (set in style.css) reads as well and saves 66 KiB or
 * more on a first visit, about as much as every other byte of a page.
 */
import type { Theme } from 'vitepress'
import DefaultTheme from './default-theme'
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
