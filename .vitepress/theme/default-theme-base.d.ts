import type { Component, Ref } from 'vue'

/** The default theme's layout. */
export const Layout: Component
/** The default theme's `<Badge>`. */
export const VPBadge: Component

/** The default theme's sidebar state: `hasSidebar` for the page. */
export function useSidebar(): { hasSidebar: Ref<boolean> }
