import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import {
  loadSocialCardManifest,
  ruleSocialCard,
  siteSocialCard,
  socialCardFingerprint,
  socialCardProblems,
  socialCardSize
} from '../../.vitepress/previews/social-cards'
import type { Rule } from '../../.vitepress/rules/rule'
import { loadSiteModel, projectRoot } from '../../.vitepress/site/load'
import { allSocialCards } from '../../scripts/lib/site-links'

const publicFolder = join(projectRoot, 'public')

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Small enough for Slack and phones on slow networks. */
const maxBytes = 80_000

describe('committed social cards', () => {
  const cards = allSocialCards(loadSiteModel())
  const manifest = loadSocialCardManifest(publicFolder)

  test('one for the site, each page and each rule, all current (else run npm run social:cards)', () => {
    expect(cards.map((card) => card.path)).toEqual(
      expect.arrayContaining([
        '/social/site.png',
        '/social/pages/slack-rules.png',
        '/social/rules/use-threads.png'
      ])
    )
    expect(
      socialCardProblems(cards, manifest, (path) =>
        existsSync(join(publicFolder, path))
      )
    ).toEqual([])
  })

  test.each(cards.map((card) => card.path))(
    `%s is a ${socialCardSize.width}×${socialCardSize.height} PNG under ${maxBytes / 1000} kB`,
    (path) => {
      const file = join(publicFolder, path)
      expect(pngSize(file)).toEqual(socialCardSize)
      expect(statSync(file).size).toBeLessThan(maxBytes)
    }
  )
})

describe('card freshness', () => {
  const rule: Rule = {
    id: 'use-threads',
    number: 2,
    title: 'Use threads',
    summary: 'S.',
    aliases: [],
    source: 'docs/slack-rules.md:1'
  }
  const card = ruleSocialCard(rule, community)
  const exists = () => true

  const cases = [
    {
      name: 'current',
      manifest: { [card.path]: socialCardFingerprint(card) },
      problems: []
    },
    {
      name: 'the title changed since it was rendered',
      manifest: {
        [card.path]: socialCardFingerprint(
          ruleSocialCard({ ...rule, title: 'Old title' }, community)
        )
      },
      problems: [
        '/social/rules/use-threads.png is out of date (card "Use threads")'
      ]
    },
    {
      name: 'the rule was renumbered',
      manifest: {
        [card.path]: socialCardFingerprint(
          ruleSocialCard({ ...rule, number: 3 }, community)
        )
      },
      problems: [
        '/social/rules/use-threads.png is out of date (card "Use threads")'
      ]
    },
    {
      name: 'never rendered',
      manifest: {},
      problems: [
        '/social/rules/use-threads.png is missing (card "Use threads")'
      ]
    }
  ]
  test.each(cases)('$name', ({ manifest, problems }) => {
    expect(socialCardProblems([card], manifest, exists)).toEqual(problems)
  })

  test('a listed card whose file is gone is missing', () => {
    const site = siteSocialCard(community)
    expect(
      socialCardProblems(
        [site],
        { [site.path]: socialCardFingerprint(site) },
        () => false
      )
    ).toEqual(['/social/site.png is missing (card "Prefect Community")'])
  })
})
