/**
 * The Slack welcome message in the site's own language: its links, its
 * parts when a page is missing, and Slack's limits. Its translations are
 * in welcome-message-locale.test.ts.
 */
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import type { Community } from '../../.vitepress/community/types'
import { siteRule, type SiteRule } from '../../.vitepress/site/model'
import {
  blockKitProblems,
  escapeMrkdwn,
  messageSitePaths,
  slackLimits
} from '../../.vitepress/slack/block-kit'
import {
  checkedWelcomeMessage,
  welcomeMessage
} from '../../.vitepress/slack/welcome-message'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import {
  codeOfConductFile,
  communityGuideFile
} from '../../.vitepress/site/guide-pages'
import {
  codeOfConduct,
  communityGuide,
  linksOf,
  model,
  reportingSection,
  rules,
  siteUrl
} from './fixtures/welcome-site'

function manyRules(count: number, summaryLength: number): SiteRule[] {
  return Array.from({ length: count }, (_, index) =>
    siteRule(
      {
        id: `rule-${index + 1}`,
        number: index + 1,
        title: `Rule title ${index + 1}`,
        summary: 'x'.repeat(summaryLength),
        aliases: [],
        source: `docs/slack-rules.md:${index + 1}`
      },
      '/slack-rules',
      siteUrl
    )
  )
}

describe('the Slack welcome message', () => {
  const message = welcomeMessage({ community, model })

  test('links every rule by its permanent short link, with its title', () => {
    for (const rule of rules) {
      expect(message.text).toContain(
        `<${siteUrl}/r/${rule.id}|${escapeMrkdwn(rule.title)}>`
      )
    }
  })

  test('links the code of conduct and how to report', () => {
    expect(message.text).toContain(`<${siteUrl}${codeOfConduct}|`)
    expect(message.text).toContain(`<${siteUrl}${reportingSection}|`)
    expect(message.text).toContain(community.reporting.slackModerators)
  })

  test('offers email only when the config has an address', () => {
    const withoutEmail: Community = {
      ...community,
      reporting: { ...community.reporting, email: undefined }
    }
    expect(
      welcomeMessage({ community: withoutEmail, model }).text
    ).not.toContain('mailto:')
    const withEmail: Community = {
      ...community,
      reporting: { ...community.reporting, email: 'conduct@example.org' }
    }
    expect(welcomeMessage({ community: withEmail, model }).text).toContain(
      '<mailto:conduct@example.org|conduct@example.org>'
    )
  })

  test('Block Kit carries the same text as the mrkdwn', () => {
    const texts = message.blocks.flatMap((block) =>
      block.type === 'section'
        ? [block.text?.text ?? '']
        : block.type === 'context'
          ? block.elements.map((element) =>
              'text' in element ? element.text : ''
            )
          : block.type === 'header'
            ? [`*${block.text.text}*`]
            : []
    )
    expect(texts.length).toBeGreaterThan(4)
    for (const text of texts) expect(message.text).toContain(text)
    expect(texts.join('\n\n')).toBe(message.text)
  })

  test("is within Slack's limits", () => {
    expect(message.blocks.length).toBeLessThanOrEqual(
      slackLimits.blocksPerMessage
    )
    for (const block of message.blocks) {
      if (block.type === 'section')
        expect(block.text?.text.length).toBeLessThanOrEqual(
          slackLimits.sectionText
        )
    }
    expect(blockKitProblems(message.blocks)).toEqual([])
  })

  test('a long list of rules is split into sections within the limit', () => {
    const long = welcomeMessage({
      community,
      model: { ...model, rules: manyRules(60, 150) }
    })
    const sections = long.blocks.filter((block) => block.type === 'section')
    expect(sections.length).toBeGreaterThan(4)
    expect(blockKitProblems(long.blocks)).toEqual([])
    for (let number = 1; number <= 60; number++)
      expect(long.text).toContain(`${siteUrl}/r/rule-${number}|`)
  })

  test('escapes what Slack reads as markup', () => {
    const [first] = manyRules(1, 10)
    const text = welcomeMessage({
      community,
      model: { ...model, rules: [{ ...first!, title: 'Use <b> & >' }] }
    }).text
    expect(text).toContain('|Use &lt;b&gt; &amp; &gt;>')
  })

  test('lists the site paths it links to, for the permalink registry', () => {
    expect(messageSitePaths(message, siteUrl)).toEqual([
      ...rules.map((rule) => `/r/${rule.id}`),
      model.rulesPage!.path,
      codeOfConduct,
      reportingSection,
      communityGuide
    ])
  })
})

describe('the welcome message of a site that lacks a page', () => {
  const welcome = community.translations?.texts?.welcome ?? englishTexts.welcome
  const cases = [
    {
      name: 'every page: the code of conduct, its reporting section, the guide',
      missing: [],
      links: [codeOfConduct, reportingSection, communityGuide],
      parts: [welcome.codeOfConductHeading, welcome.reportingHeading],
      footer: true
    },
    {
      name: 'no code of conduct: no part for it and no "how to report" link',
      missing: [codeOfConductFile],
      links: [communityGuide],
      parts: [welcome.reportingHeading],
      footer: true
    },
    {
      name: 'no community guide: no footer',
      missing: [communityGuideFile],
      links: [codeOfConduct, reportingSection],
      parts: [welcome.codeOfConductHeading, welcome.reportingHeading],
      footer: false
    },
    {
      name: 'neither: the rules and the ways to report still go out',
      missing: [codeOfConductFile, communityGuideFile],
      links: [],
      parts: [welcome.reportingHeading],
      footer: false
    }
  ]
  test.each(cases)('$name', ({ missing, links, parts, footer }) => {
    const pages = model.pages.filter((page) => !missing.includes(page.file))
    const { text, blocks } = checkedWelcomeMessage({
      community,
      model: { ...model, pages }
    })
    const ruleLinks = [
      ...rules.map((rule) => rule.links.shortUrl),
      `${siteUrl}${model.rulesPage!.path}`
    ]
    expect(linksOf(text)).toEqual([
      ...ruleLinks,
      ...links.map((path) => `${siteUrl}${path}`)
    ])
    for (const heading of [
      welcome.codeOfConductHeading,
      welcome.reportingHeading
    ])
      expect(text.includes(`*${heading}*`)).toBe(parts.includes(heading))
    expect(text).toContain(
      fill(escapeMrkdwn(welcome.directMessage), {
        moderators: escapeMrkdwn(community.reporting.slackModerators)
      })
    )
    expect(blocks.at(-1)?.type).toBe(footer ? 'context' : 'section')
  })
})

describe("the welcome message within Slack's limits", () => {
  test('a message over the limits fails the build, naming each problem', () => {
    const longName: Community = { ...community, name: 'x'.repeat(140) }
    expect(() => checkedWelcomeMessage({ community: longName, model })).toThrow(
      "The Slack welcome message breaks Slack's limits:\n  - block 1 (header) has 161 characters; Slack allows 150."
    )
  })
})
