/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 */
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h, type Component } from 'vue'
import ContactList from './components/ContactList.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import ReportRoutes from './components/ReportRoutes.vue'
import ReportTimeline from './components/ReportTimeline.vue'
import { useReducedMotionScrolling } from './composables/use-reduced-motion-scrolling'
import type { MarkdownComponentName } from './markdown-components'
import './style.css'

/** Components that Markdown pages may use; the names come from the allowlist. */
const markdownComponents: Record<MarkdownComponentName, Component> = {
  ContactList,
  ReportRoutes,
  ReportTimeline
}

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    for (const [name, component] of Object.entries(markdownComponents))
      app.component(name, component)
  },
  setup() {
    useReducedMotionScrolling()
  },
  Layout() {
    return h(DefaultTheme.Layout, null, {
      'not-found': () => h(NotFoundPage)
    })
  }
} satisfies Theme
