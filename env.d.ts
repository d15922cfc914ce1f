/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

// VitePress's own components that our overrides reuse, imported through the
// `@vitepress-default-theme/` alias (config.mts). Typed here so that vue-tsc
// does not type-check VitePress's sources, whose relative imports have no
// types.
declare module '@vitepress-default-theme/VPSidebarItem.vue' {
  import type { DefineComponent } from 'vue'
  import type { DefaultTheme } from 'vitepress/theme'
  const component: DefineComponent<{
    item: DefaultTheme.SidebarItem
    depth: number
  }>
  export default component
}

declare module '@vitepress-default-theme/VPHome*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object>
  export default component
}

declare module '@vitepress-default-theme/VPNavScreen*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object>
  export default component
}
