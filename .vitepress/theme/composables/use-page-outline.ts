/**
 * "On this page": the headings the Markdown build records (`markdown.headers`
 * in config.mts) at the levels the frontmatter or the theme asks for, by
 * upstream's resolveHeaders(). Upstream reads them from the DOM once the app
 * has mounted (getHeaders()), which an MPA page never does.
 */
import { useData, type Header } from 'vitepress'
import { computed, type ComputedRef } from 'vue'
import { resolveHeaders, type OutlineItem } from '../default-theme-base'

/** resolveHeaders() skips a heading whose element is `ignore-header`; such
 * a heading (the report box's) is never in the page data. */
const element = { classList: { contains: () => false } }

const flatten = (headers: readonly Header[]): Header[] =>
  headers.flatMap((header) => [header, ...flatten(header.children)])

export function usePageOutline(): ComputedRef<OutlineItem[]> {
  const { frontmatter, theme, page } = useData()
  return computed(() =>
    resolveHeaders(
      flatten(page.value.headers).map((header) => ({ ...header, element })),
      frontmatter.value.outline ?? theme.value.outline
    )
  )
}
