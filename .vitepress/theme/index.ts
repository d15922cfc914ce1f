/**
 * Extends VitePress's default theme: the same layout, navigation, search and
 * dark mode, with our brand colours and the community's own components.
 */
import type { Theme } from 'vitepress'
import { withBase } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import ContactList from './components/ContactList.vue'
import NotFoundPage from './components/NotFoundPage.vue'
import ReportChecklist from './components/ReportChecklist.vue'
import ReportProblemBox from './components/ReportProblemBox.vue'
import ReportRoutes from './components/ReportRoutes.vue'
import ReportTimeline from './components/ReportTimeline.vue'
import ResourceLinkList from './components/ResourceLinkList.vue'
import RuleCard from './components/RuleCard.vue'
import './style.css'

/** The "Report a problem" box, placed below the content of every layout. */
function reportProblemBox(placement: 'doc' | 'home' | 'page' | 'not-found') {
  return h(
    'div',
    { class: ['report-problem-slot', `report-problem-slot--${placement}`] },
    h(ReportProblemBox, { guideHref: withBase('/code-of-conduct#reporting') })
  )
}

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Components that Markdown pages may use, by name.
    app.component('ContactList', ContactList)
    app.component('ReportChecklist', ReportChecklist)
    app.component('ReportRoutes', ReportRoutes)
    app.component('ReportTimeline', ReportTimeline)
    app.component('ResourceLinkList', ResourceLinkList)
    app.component('RuleCard', RuleCard)
  },
  Layout() {
    // One slot per layout, so that every page, the home page and the 404
    // page included, offers a way to report a problem.
    return h(DefaultTheme.Layout, null, {
      'doc-after': () => reportProblemBox('doc'),
      'page-bottom': () => reportProblemBox('page'),
      'home-features-after': () => reportProblemBox('home'),
      'not-found': () => [h(NotFoundPage), reportProblemBox('not-found')]
    })
  }
} satisfies Theme
