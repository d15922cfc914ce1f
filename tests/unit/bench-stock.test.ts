import { describe, expect, test } from 'vitest'
import {
  ourComponentNames,
  stockConfig,
  stockThemeSource,
  type OurConfig
} from '../../scripts/bench/stock'

describe('the stock reference', () => {
  const markdownConfig = (): void => undefined
  const transformPageData = (): void => undefined
  const ours: OurConfig = {
    srcDir: 'docs',
    title: 'Site',
    lang: 'en-US',
    cleanUrls: true,
    head: [['link', { rel: 'icon', href: '/favicon.svg' }]],
    markdown: { config: markdownConfig },
    transformPageData,
    transformHtml: (html) => html,
    transformHead: () => [],
    appearance: { disableTransition: false },
    vue: { features: { optionsAPI: false } },
    themeConfig: { nav: [{ text: 'Rules', link: '/slack-rules' }] },
    vite: {
      publicDir: '/site/public',
      resolve: { alias: [{ find: /VPSocialLink/, replacement: 'x' }] }
    }
  }
  const stock = stockConfig(ours, '/site/docs')

  test('keeps the site settings and the Markdown syntax', () => {
    expect(stock.srcDir).toBe('/site/docs')
    expect(stock.title).toBe('Site')
    expect(stock.cleanUrls).toBe(true)
    expect(stock.head).toBe(ours.head)
    expect(stock.markdown?.config).toBe(markdownConfig)
    expect(stock.transformPageData).toBe(transformPageData)
    expect(stock.themeConfig).toBe(ours.themeConfig)
    expect(stock.vite).toEqual({ publicDir: '/site/public' })
  })

  test('leaves out our HTML transforms, Vue options, appearance and aliases', () => {
    expect(stock.transformHtml).toBeUndefined()
    expect(stock.transformHead).toBeUndefined()
    expect(stock.vue).toBeUndefined()
    expect(stock.appearance).toBeUndefined()
    expect(stock.vite?.resolve).toBeUndefined()
  })

  test('stubs every one of our components, by file name', () => {
    const names = ourComponentNames('.vitepress/theme/components')
    expect(names).toContain('RuleCard')
    expect(names).toContain('SearchButton')
    const source = stockThemeSource(['RuleCard', 'ReportRoutes'])
    expect(source).toContain("import DefaultTheme from 'vitepress/theme'")
    expect(source).toContain('["RuleCard","ReportRoutes"]')
    expect(source).toContain('slots.default?.()')
  })
})
