/**
 * The dark-mode switch, switching colours at once rather than fading them.
 *
 * VitePress's colour-mode helper (@vueuse/core's useDark) can turn CSS
 * transitions off while it switches, but it does so on every page load too:
 * it adds a style element and forces a layout of the whole page in the
 * middle of hydration, even though the inline appearance script has already
 * set the mode. On a phone that forced layout is one of the longest pieces
 * of start-up work. So the site config sets `appearance.disableTransition`
 * to false, and this composable turns transitions off only around a
 * reader's click on the switch, through the `toggle-appearance` hook that
 * VitePress's switch calls. The class `switching-appearance` (style.css)
 * does the turning off, so no inline style is needed.
 */
import { useData } from 'vitepress'
import { nextTick, provide } from 'vue'

export const switchingAppearanceClass = 'switching-appearance'

export function useAppearanceToggle(): void {
  const { isDark } = useData()
  provide('toggle-appearance', async () => {
    const root = document.documentElement
    root.classList.add(switchingAppearanceClass)
    isDark.value = !isDark.value
    // useDark applies the `dark` class after Vue's next flush.
    await nextTick()
    // Compute styles now, while transitions are off, then turn them back on.
    void getComputedStyle(root).color
    root.classList.remove(switchingAppearanceClass)
  })
}
