import { describe, expect, test } from 'vitest'
import type { Community, SiteTexts } from '../../.vitepress/community/types'
import { localeTexts } from '../../.vitepress/i18n/locale-texts'
import {
  englishTexts,
  fillParts,
  type TextPart
} from '../../.vitepress/i18n/texts'

const arabic: SiteTexts = {
  ...englishTexts,
  reportBox: { ...englishTexts.reportBox, title: 'أبلِغ عن مشكلة' }
}
const defaults: SiteTexts = {
  ...englishTexts,
  reportBox: { ...englishTexts.reportBox, title: 'Tell us about a problem' }
}
const reporting = {
  slackModerators: 'أي مشرف',
  whatToInclude: ['ما الذي حدث.'],
  responseTimes: { acknowledgement: 'خلال يوم', decision: 'خلال أسبوع' }
}
const locales = {
  ar: { lang: 'ar', dir: 'rtl' as const, texts: arabic, reporting }
}

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

describe('fillParts', () => {
  test.each<{
    name: string
    text: string
    values: Record<string, string | number>
    expected: TextPart[]
  }>([
    {
      name: 'values between words',
      text: 'version {v}, since {date}.',
      values: { v: '1.1', date: '2026-09-01' },
      expected: [
        { text: 'version ' },
        { text: '1.1', slot: 'v' },
        { text: ', since ' },
        { text: '2026-09-01', slot: 'date' },
        { text: '.' }
      ]
    },
    {
      name: 'a value at either end, and a number',
      text: '{n} commits {n}',
      values: { n: 3 },
      expected: [
        { text: '3', slot: 'n' },
        { text: ' commits ' },
        { text: '3', slot: 'n' }
      ]
    },
    {
      name: 'a slot without a value stays as written',
      text: 'press {key}',
      values: {},
      expected: [{ text: 'press ' }, { text: '{key}' }]
    },
    {
      name: 'no slots',
      text: 'Plain.',
      values: { key: '/' },
      expected: [{ text: 'Plain.' }]
    }
  ])('$name', ({ text, values, expected }) => {
    expect(fillParts(text, values)).toEqual(expected)
  })
})
