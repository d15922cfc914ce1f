import type { Component } from 'vue'

/** The default theme's layout. */
export const Layout: Component
/** The default theme's `<Badge>`. */
export const VPBadge: Component
