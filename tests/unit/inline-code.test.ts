import { describe, expect, test } from 'vitest'
import {
  appearanceScript,
  macOsScript,
  noTransitionStyle,
  scriptInsertedStyles,
  shippedScripts,
  shippedStyles
} from '../../.vitepress/build/inline-code'
import { forwardingScript } from '../../.vitepress/links/forwarding-page'
import { speculationRules } from '../../.vitepress/build/speculation-rules'

describe('the scripts we ship', () => {
  test('are exactly VitePress’s two in MPA mode, the prefetch rules and the short-link forwarder', () => {
    expect(shippedScripts('/docs/').map(({ text }) => text)).toEqual([
      appearanceScript,
      macOsScript,
      speculationRules('/docs/'),
      forwardingScript
    ])
  })

  test('prefetch only pages under the base path', () => {
    expect(JSON.parse(speculationRules('/docs/'))).toEqual({
      prefetch: [{ where: { href_matches: '/docs/*' }, eagerness: 'moderate' }]
    })
  })

  test('each has a name for the error messages', () => {
    for (const { name } of shippedScripts('/')) expect(name).not.toBe('')
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
