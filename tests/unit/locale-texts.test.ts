import { describe, expect, test } from 'vitest'
import type { Community, SiteTexts } from '../../.vitepress/community/types'
import { englishTexts, localeTexts } from '../../.vitepress/i18n/texts'

const arabic: SiteTexts = {
  ...englishTexts,
  reportBox: { ...englishTexts.reportBox, title: 'أبلِغ عن مشكلة' }
}
const defaults: SiteTexts = {
  ...englishTexts,
  reportBox: { ...englishTexts.reportBox, title: 'Tell us about a problem' }
}
const locales = { ar: { lang: 'ar', dir: 'rtl' as const, texts: arabic } }

describe('localeTexts', () => {
  test.each<{
    name: string
    translations: Community['translations']
    localeIndex: string
    expected: SiteTexts
  }>([
    {
      name: 'no translations: English',
      translations: undefined,
      localeIndex: 'root',
      expected: englishTexts
    },
    {
      name: 'the default language without its own texts: English',
      translations: { locales },
      localeIndex: 'root',
      expected: englishTexts
    },
    {
      name: "the default language's texts from the config",
      translations: { texts: defaults, locales },
      localeIndex: 'root',
      expected: defaults
    },
    {
      name: "a locale's own texts",
      translations: { texts: defaults, locales },
      localeIndex: 'ar',
      expected: arabic
    },
    {
      name: 'an unknown locale: the default language',
      translations: { texts: defaults, locales },
      localeIndex: 'fr',
      expected: defaults
    }
  ])('$name', ({ translations, localeIndex, expected }) => {
    expect(localeTexts({ translations }, localeIndex)).toBe(expected)
  })
})
