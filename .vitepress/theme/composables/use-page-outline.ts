/** The page's outline at the levels its frontmatter or the theme asks for. */
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
