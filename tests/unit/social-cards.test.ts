import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import {
  readLogo,
  siteSocialCards,
  socialCardHash,
  writeSocialCards
} from '../../.vitepress/previews/build-social-cards'
import {
  loadCardFonts,
  renderSocialCard,
  socialCardTree,
  svgDataUrl,
  type CardElement
} from '../../.vitepress/previews/social-card-render'
import {
  ruleSocialCard,
  siteSocialCard,
  socialCardSize,
  type SocialCard
} from '../../.vitepress/previews/social-cards'
import type { Rule } from '../../.vitepress/rules/rule'
import { localeTexts } from '../../.vitepress/i18n/locale-texts'
import { fill } from '../../.vitepress/i18n/texts'

const logoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#000"/></svg>'
const assets = { fonts: loadCardFonts(), logoUrl: svgDataUrl(logoSvg) }

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Every element of a satori tree, and every text it draws. */
function walk(node: CardElement | string): {
  types: string[]
  texts: string[]
} {
  if (typeof node === 'string') return { types: [], texts: [node] }
  const { children } = node.props
  const inner = (Array.isArray(children) ? children : [children]).map(walk)
  return {
    types: [node.type, ...inner.flatMap((found) => found.types)],
    texts: inner.flatMap((found) => found.texts)
  }
}

const rule: Rule = {
  id: 'use-threads',
  number: 2,
  title: 'Use threads',
  summary: 'S.',
  aliases: [],
  source: 'docs/rules.md:1'
}
const card = (fields: Partial<SocialCard>): SocialCard => ({
  path: '/social/pages/x.png',
  title: 'A page',
  alt: 'A page',
  siteName: 'Example Community',
  ...fields
})

describe('drawing a card', () => {
  const cases: { name: string; card: SocialCard }[] = [
    { name: "the site's card", card: siteSocialCard(community) },
    {
      name: "a rule's card",
      card: ruleSocialCard(rule, community, 'House rules')
    },
    {
      name: 'a title far too long for three lines',
      card: card({ title: 'Very long title '.repeat(20) })
    },
    {
      name: 'markup in the text is drawn as text',
      card: card({
        eyebrow: '</div><script>alert(1)</script>',
        title: '<img src=x onerror=alert(1)> & "quotes"',
        text: '<b>bold?</b>'
      })
    },
    { name: 'letters beyond ASCII', card: card({ title: 'Çà et là, Łódź' }) },
    { name: 'an empty title', card: card({ title: '' }) }
  ]

  test.each(cases)('$name: a 1200×630 PNG', async ({ card }) => {
    const png = await renderSocialCard(card, assets)
    expect(pngSize(png)).toEqual(socialCardSize)
    expect(png.length).toBeLessThan(80_000)
  })

  test.each(cases)(
    '$name: texts stay plain strings, the logo the only image',
    ({ card }) => {
      const { types, texts } = walk(socialCardTree(card, assets.logoUrl))
      expect(new Set(types)).toEqual(new Set(['div', 'img']))
      expect(types.filter((type) => type === 'img')).toHaveLength(1)
      for (const text of [card.eyebrow, card.title, card.text])
        if (text) expect(texts).toContain(text)
    }
  )
})

describe('the cards of a site', () => {
  const pages = new Map([
    ['/', { title: 'Welcome' }],
    ['/guide', { title: 'Guide' }],
    ['/house-rules', { title: 'House rules' }]
  ])
  const cards = siteSocialCards({
    community,
    pages,
    rules: [rule],
    rulesTitle: 'House rules'
  })

  test("the site's, each page's but the home page's, each rule's", () => {
    expect(cards.map((card) => card.path)).toEqual([
      '/social/site.png',
      '/social/site.png',
      '/social/pages/guide.png',
      '/social/pages/house-rules.png',
      '/social/rules/use-threads.png'
    ])
  })

  test("a rule's card names the rules page by its title", () => {
    expect(cards.at(-1)?.eyebrow).toBe(
      `House rules · ${fill(localeTexts(community, 'root').ruleCard.ruleNumber, { number: 2 })}`
    )
  })
})

describe('writing the cards', () => {
  const folder = mkdtempSync(join(tmpdir(), 'social-cards-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const outDir = join(folder, 'dist')
  const cacheDir = join(folder, 'cache')
  const write = (cards: SocialCard[]) =>
    writeSocialCards({ cards, outDir, cacheDir, logoSvg })

  test('draws each card once, then reuses it until its text changes', async () => {
    const page = card({ path: '/social/pages/a.png', title: 'A' })
    expect(await write([page, page])).toEqual({ drawn: 1, cached: 0 })
    const file = join(outDir, page.path)
    expect(pngSize(readFileSync(file))).toEqual(socialCardSize)
    expect(await write([page])).toEqual({ drawn: 0, cached: 1 })
    expect(await write([{ ...page, title: 'B' }])).toEqual({
      drawn: 1,
      cached: 0
    })
    expect(statSync(file).size).toBeGreaterThan(0)
  })

  test("the hash follows the picture, not the file's name or alt text", () => {
    const base = card({})
    const hash = socialCardHash(base, logoSvg)
    expect(socialCardHash({ ...base, alt: 'other' }, logoSvg)).toBe(hash)
    expect(socialCardHash({ ...base, title: 'other' }, logoSvg)).not.toBe(hash)
    expect(socialCardHash(base, `${logoSvg} `)).not.toBe(hash)
  })
})

describe('the logo', () => {
  const folder = mkdtempSync(join(tmpdir(), 'social-logo-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const cases: {
    name: string
    file: string
    content?: string
    message: string
  }[] = [
    {
      name: 'missing',
      file: 'none.svg',
      message:
        'public/none.svg: the site has no logo for its social cards. Add an SVG logo at public/none.svg (the favicon).'
    },
    {
      name: 'not an SVG',
      file: 'logo.svg',
      content: 'GIF89a',
      message:
        'public/logo.svg: the logo is not an SVG image. Save the logo as SVG: social cards and the favicon use it.'
    }
  ]
  test.each(cases)('$name', ({ file, content, message }) => {
    if (content) writeFileSync(join(folder, file), content)
    expect(() => readLogo(join(folder, file), `public/${file}`)).toThrow(
      message
    )
  })
})
