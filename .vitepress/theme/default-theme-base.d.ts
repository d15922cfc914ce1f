import type { Component, Ref } from 'vue'
import type { DefaultTheme, Header } from 'vitepress'

/** The default theme's layout. */
export const Layout: Component
/** The default theme's `<Badge>`. */
export const VPBadge: Component

/** The default theme's sidebar state: `hasSidebar` for the page. */
export function useSidebar(): { hasSidebar: Ref<boolean> }

/** One entry of "On this page", as VPDocOutlineItem renders it. */
export interface OutlineItem {
  title: string
  link: string
  children: OutlineItem[]
}

/** The outline's tree of `headers` (in page order) at the levels `outline` asks for. */
export function resolveHeaders(
  headers: (Header & {
    element: { classList: { contains(name: string): boolean } }
  })[],
  outline: DefaultTheme.Config['outline'] | undefined
): OutlineItem[]
