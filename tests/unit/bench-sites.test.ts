import { describe, expect, test } from 'vitest'
import {
  floorPage,
  stockConfig,
  stockThemeSource,
  type OurConfig
} from '../../scripts/bench/sites'

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
    const source = stockThemeSource('.vitepress/theme/components')
    expect(source).toContain("import DefaultTheme from 'vitepress/theme'")
    expect(source).toMatch(/for \(const name of \[.*"RuleCard".*\]\)/)
    expect(source).toMatch(/for \(const name of \[.*"SearchButton".*\]\)/)
    expect(source).toContain('slots.default?.()')
  })
})

describe('the floor', () => {
  const built = `<!DOCTYPE html><html lang="en-GB" class="dark"><head>
    <title>Rules &amp; more | Site</title>
    <meta name="description" content="Be &quot;kind&quot;">
    <link rel="icon" href="/favicon.svg">
    <link rel="preload stylesheet" href="/assets/style.css" as="style">
    <script type="module" src="/assets/app.js"></script>
  </head><body><div id="app"><nav class="VPNav">menu</nav>
    <div class="VPContent" id="VPContent" data-v-1><div class="vp-doc">
      <h2 id="use-threads" tabindex="-1">Use threads <a class="header-anchor" href="#use-threads">#</a></h2>
      <p class="x" style="color:red">Reply in a thread.<svg><path d="M0"/></svg></p>
      <button type="button">Copy link</button>
      <script>alert(1)</script><style>p{}</style>
    </div></div></div></body></html>`
  const page = floorPage(built, [
    { text: 'Site', link: '/' },
    { text: 'Rules & more', link: '/slack-rules' }
  ])

  test('keeps the words, ids and links of the content, as a plain <main>', () => {
    expect(page).toContain(
      '<main><div>\n      <h2 id="use-threads">Use threads <a href="#use-threads">#</a></h2>\n      <p>Reply in a thread.</p>'
    )
  })

  test('drops scripts, styles, icons, buttons, classes and the theme navigation', () => {
    for (const gone of [
      '<script',
      '<svg',
      '<button',
      'class=',
      'style="',
      'menu',
      'data-v-'
    ])
      expect(page).not.toContain(gone)
    expect(page).toContain('<style>body{')
  })

  test('has the page title, description, language, favicon and the site navigation, escaped', () => {
    expect(page).toContain('<html lang="en-GB">')
    expect(page).toContain('<title>Rules &amp; more | Site</title>')
    expect(page).toContain(
      '<meta name="description" content="Be &quot;kind&quot;">'
    )
    expect(page).toContain('<link rel="icon" href="/favicon.svg">')
    expect(page).toContain(
      '<nav aria-label="Site"><a href="/">Site</a><a href="/slack-rules">Rules &amp; more</a></nav>'
    )
  })

  test('a page without the theme content fails, saying so', () => {
    expect(() => floorPage('<p>x</p>', [])).toThrow(
      'the page has no #VPContent'
    )
  })
})
