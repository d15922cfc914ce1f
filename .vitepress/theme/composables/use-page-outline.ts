/**
 * The current page's outline: its headings at the levels the page's
 * frontmatter (or the theme config) asks for, from the page data, so the
 * outline is in the served HTML. Shared by the wide-screen outline
 * (DocOutline.vue) and the phone's "On this page" menu (LocalNav.vue).
 */
import { useData } from 'vitepress'
import { computed, type ComputedRef } from 'vue'
import { outlineItems, type OutlineItem } from '../support/outline'

export function usePageOutline(): ComputedRef<OutlineItem[]> {
  const { frontmatter, theme, page } = useData()
  return computed(() =>
    outlineItems(
      page.value.headers,
      frontmatter.value.outline ?? theme.value.outline
    )
  )
}
