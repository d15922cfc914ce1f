import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { englishTexts } from '../../.vitepress/i18n/texts'
import {
  localizeUpstreamLabels,
  upstreamLabels
} from '../../.vitepress/i18n/upstream-labels'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'

// As VitePress 1.6.4 renders them, scope attributes included.
const mainNav =
  '<span id="main-nav-aria-label" class="visually-hidden" data-v-94d6de5a> Main Navigation </span>'
const sidebar =
  '<span class="visually-hidden" id="sidebar-aria-label" data-v-65742a9b> Sidebar Navigation </span>'
const pager =
  '<span class="visually-hidden" id="doc-footer-aria-label" data-v-a91b317b>Pager</span>'
const extra =
  '<button type="button" class="button" aria-haspopup="true" aria-expanded="false" aria-label="extra navigation" data-v-bfe7971f>'

const { theme } = arabicTexts

describe('localizeUpstreamLabels', () => {
  test.each([
    {
      name: 'the navbar',
      html: mainNav,
      expected: mainNav.replace('Main Navigation', theme.mainNavigation)
    },
    {
      name: 'the sidebar',
      html: sidebar,
      expected: sidebar.replace('Sidebar Navigation', theme.sidebarNavigation)
    },
    {
      name: 'the pager',
      html: pager,
      expected: pager.replace('Pager', theme.pager)
    },
    {
      name: 'the "…" menu',
      html: extra,
      expected: extra.replace('extra navigation', theme.extraNavigation)
    },
    {
      name: 'markup in a text is escaped',
      html: pager,
      texts: {
        ...arabicTexts,
        theme: { ...theme, pager: '<b>Pages</b> & more' }
      },
      expected: pager.replace('Pager', '&lt;b&gt;Pages&lt;/b&gt; &amp; more')
    },
    {
      name: 'the same words elsewhere are left alone',
      html: '<p>Main Navigation, Pager and extra navigation</p>',
      expected: '<p>Main Navigation, Pager and extra navigation</p>'
    }
  ])('$name', ({ html, texts = arabicTexts, expected }) => {
    expect(localizeUpstreamLabels(html, texts)).toBe(expected)
  })

  test('the English texts give the upstream markup unchanged', () => {
    const html = [mainNav, sidebar, pager, extra].join('\n')
    expect(localizeUpstreamLabels(html, englishTexts)).toBe(html)
  })

  // An upgrade that rewords a name would leave it in English: fail instead.
  test("each name is still VitePress's own", () => {
    const components = join(
      dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
      'dist/client/theme-default/components'
    )
    const sources = [
      'VPNavBarMenu.vue',
      'VPSidebar.vue',
      'VPDocFooter.vue',
      'VPNavBarExtra.vue'
    ]
      .map((file) => readFileSync(join(components, file), 'utf8'))
      .join('\n')
    for (const { text } of upstreamLabels)
      expect(sources).toContain(englishTexts.theme[text])
  })
})
