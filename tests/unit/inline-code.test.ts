import { runInNewContext } from 'node:vm'
import { describe, expect, test } from 'vitest'
import {
  appearanceScript,
  macOsScript,
  noTransitionStyle,
  scriptInsertedStyles,
  shippedScripts,
  shippedStyles,
  siteDataScript
} from '../../.vitepress/build/inline-code'
import { forwardingScript } from '../../.vitepress/links/forwarding-page'
import { afterPaintLoader } from '../../.vitepress/transforms/load-scripts-after-paint'

const site = {
  hashMap: { 'index.md': 'h-FLnS3d', 'slack-rules.md': 'BbWCgstb' },
  siteData: {
    lang: 'en-US',
    title: 'A "quoted" title',
    head: [['script', {}, 'alert(1)']],
    themeConfig: { footer: { message: 'Line\nbreak \\ backslash' } }
  }
}

describe('the scripts we ship', () => {
  test('are exactly VitePress’s three, the after-paint loader and the short-link forwarder', () => {
    expect(shippedScripts(site).map(({ text }) => text)).toEqual([
      appearanceScript,
      macOsScript,
      siteDataScript(site),
      afterPaintLoader,
      forwardingScript
    ])
  })

  test('each has a name for the error messages', () => {
    for (const { name } of shippedScripts(site)) expect(name).not.toBe('')
  })
})

describe('siteDataScript', () => {
  test('sets the hash map and the site data, without the head', () => {
    const window: Record<string, unknown> = {}
    runInNewContext(siteDataScript(site), { window, JSON })
    expect(window).toEqual({
      __VP_HASH_MAP__: site.hashMap,
      __VP_SITE_DATA__: { ...site.siteData, head: [] }
    })
  })

  test('is written as VitePress 1.6.4 writes it', () => {
    expect(siteDataScript({ hashMap: { 'a.md': 'X' }, siteData: {} })).toBe(
      'window.__VP_HASH_MAP__=JSON.parse("{\\"a.md\\":\\"X\\"}");' +
        'window.__VP_SITE_DATA__=JSON.parse("{\\"head\\":[]}");'
    )
  })

  test('changes when the site data does, so a changed build is hashed anew', () => {
    const other = { ...site, siteData: { ...site.siteData, title: 'Other' } }
    expect(siteDataScript(other)).not.toBe(siteDataScript(site))
  })
})

describe('the styles we ship', () => {
  test('include the transition blocker that @vueuse inserts', () => {
    expect(shippedStyles.map(({ text }) => text)).toContain(noTransitionStyle)
  })
})

describe('scriptInsertedStyles', () => {
  test('finds the style @vueuse inserts while the theme changes', () => {
    expect(
      scriptInsertedStyles(`const Rf="${noTransitionStyle}";function x(){}`)
    ).toEqual([noTransitionStyle])
  })

  test('finds nothing in other scripts', () => {
    expect(scriptInsertedStyles('const a = "*{color:red}"')).toEqual([])
  })
})
