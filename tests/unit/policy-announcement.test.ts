/**
 * The Slack announcement of a policy change, from change lists written here
 * (the git side is tested in policy-diff.test.ts).
 */
import { describe, expect, test } from 'vitest'
import type { PolicyChange } from '../../.vitepress/policy/policy-diff'
import type { RuleText } from '../../.vitepress/policy/policy-snapshot'
import { isPolicyFile, policyId } from '../../.vitepress/policy/policies'
import { formatDate } from '../../.vitepress/theme/format-date'
import {
  blockKitProblems,
  escapeMrkdwn,
  slackLimits,
  SlackLimitError
} from '../../.vitepress/slack/block-kit'
import {
  policyAnnouncement,
  siteAnnouncementLinks
} from '../../.vitepress/slack/policy-announcement'

/** A policy page that holds rules. */
const rulesPage = 'slack-rules.md'
const siteUrl = 'https://rules.example'
const links = siteAnnouncementLinks(siteUrl)
const lang = 'en-US'
const rulesFile = `docs/${rulesPage}`
const otherPolicy = 'docs/fixture-policy.md'

function rule(id: string, number: number, title = `Title of ${id}`): RuleText {
  return {
    id,
    number,
    title,
    summary: `Summary of ${id}.`,
    aliases: [],
    source: `${rulesFile}:${number}`,
    body: `<p>Text of ${id}.</p>`
  }
}

const covering = { ...rule('covering-rule', 1), aliases: ['merged-rule'] }
const change: PolicyChange = {
  file: rulesFile,
  title: 'Fixture rules',
  previousVersion: '2.0',
  version: '2.1',
  effectiveDate: '2031-02-03',
  entries: [{ version: '2.1', date: '2031-02-03', summary: 'Adds a rule.' }],
  rules: [
    { kind: 'added', rule: rule('added-rule', 4, 'Added & <new>') },
    {
      kind: 'changed',
      rule: rule('renamed-rule', 2, 'New title'),
      previousTitle: 'Old title',
      reworded: false
    },
    { kind: 'changed', rule: rule('reworded-rule', 3), reworded: true },
    { kind: 'removed', rule: rule('merged-rule', 5), coveredBy: covering },
    { kind: 'removed', rule: rule('gone-rule', 6, 'Gone rule') }
  ]
}
const message = policyAnnouncement({ changes: [change], links, lang })!
const shortLink = (id: string) => `${siteUrl}/r/${id}`

describe('the policy announcement', () => {
  test('names the policy, its new version, the old one and the effective date', () => {
    expect(message.text).toContain(
      `<${siteUrl}/${rulesPage.replace(/\.md$/, '')}|Fixture rules> version 2.1 is in effect from ${formatDate('2031-02-03', lang)}. It replaces version 2.0.`
    )
    expect(message.text).toContain('> Adds a rule.')
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: {
        type: 'plain_text',
        text: 'Policy update: Fixture rules, version 2.1'
      }
    })
  })

  const lines: { name: string; line: string }[] = [
    {
      name: 'an added rule, by its short link',
      line: `• <${shortLink('added-rule')}|4. ${escapeMrkdwn('Added & <new>')}>: Summary of added-rule.`
    },
    {
      name: 'a renamed rule, with its old title',
      line: `• <${shortLink('renamed-rule')}|2. New title> (was “Old title”): Summary of renamed-rule.`
    },
    {
      name: 'a reworded rule',
      line: `• <${shortLink('reworded-rule')}|3. Title of reworded-rule>: Summary of reworded-rule.`
    },
    {
      name: 'a removed rule, linking where its id now goes',
      line: `• ~Title of merged-rule~: now covered by <${shortLink('covering-rule')}|1. Title of covering-rule>`
    },
    {
      name: 'a removed rule that nothing covers, linking the page',
      line: `• ~Gone rule~: no longer a rule (<${links.page(rulesFile)}|read the page>)`
    }
  ]
  test.each(lines)('lists $name', ({ line }) => {
    expect(message.text.split('\n')).toContain(line)
  })

  test('groups the rules under headings, in a fixed order', () => {
    const headings = message.text
      .split('\n')
      .filter((line) => /^\*[^*]+\*$/.test(line))
    expect(headings).toEqual([
      '*Policy update: Fixture rules, version 2.1*',
      '*New rules*',
      '*Renamed rules*',
      '*Reworded rules*',
      '*Removed rules*'
    ])
  })

  test('never links a removed id as an anchor', () => {
    for (const id of ['merged-rule', 'gone-rule']) {
      expect(message.text).not.toContain(`/r/${id}`)
      expect(message.text).not.toContain(`#${id}`)
    }
  })

  test("links the policy's section of the Changes page, and the page", () => {
    const anchor = isPolicyFile(rulesFile) ? `#${policyId(rulesFile)}` : ''
    expect(message.text).toContain(
      `<${siteUrl}/changes${anchor}|What changed in Fixture rules>`
    )
    expect(message.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `<${siteUrl}/changes|Changes>: every version of each policy, and every edit.`
        }
      ]
    })
  })

  test('a rule on another policy page links its short link too', () => {
    const text = policyAnnouncement({
      changes: [{ ...change, file: otherPolicy, rules: [change.rules[0]!] }],
      links,
      lang
    })!.text
    expect(text).toContain(
      `<${siteUrl}/r/added-rule|4. Added &amp; &lt;new&gt;>`
    )
  })

  test('several policies: one part each, under its own heading', () => {
    const other = { ...change, file: otherPolicy, title: 'Other', rules: [] }
    const both = policyAnnouncement({ changes: [change, other], links, lang })!
    expect(both.blocks[0]).toMatchObject({
      text: { text: 'Policy updates: Fixture rules 2.1, Other 2.1' }
    })
    expect(both.text).toContain('*Fixture rules, version 2.1*')
    expect(both.text).toContain('*Other, version 2.1*')
    expect(
      both.blocks.filter((block) => block.type === 'divider')
    ).toHaveLength(1)
  })

  test('a policy that had no version before says only the new one', () => {
    const first = policyAnnouncement({
      changes: [{ ...change, previousVersion: undefined }],
      links,
      lang
    })!
    expect(first.text).not.toContain('It replaces version')
  })

  test('no change: no message', () => {
    expect(policyAnnouncement({ changes: [], links, lang })).toBeUndefined()
  })
})

describe("the announcement within Slack's limits", () => {
  const many = (count: number, summaryLength: number): PolicyChange => ({
    ...change,
    rules: Array.from({ length: count }, (_, index) => ({
      kind: 'added',
      rule: {
        ...rule(`rule-${index}`, index),
        summary: 'x'.repeat(summaryLength)
      }
    }))
  })

  test('a long list of rules is split into sections, none lost', () => {
    const long = policyAnnouncement({ changes: [many(80, 200)], links, lang })!
    const sections = long.blocks.filter((block) => block.type === 'section')
    expect(sections.length).toBeGreaterThan(5)
    expect(blockKitProblems(long.blocks)).toEqual([])
    for (let index = 0; index < 80; index++)
      expect(long.text).toContain(`<${shortLink(`rule-${index}`)}|`)
  })

  test('a change too long for one message fails, naming the limit', () => {
    expect(() =>
      policyAnnouncement({ changes: [many(600, 300)], links, lang })
    ).toThrow(SlackLimitError)
    expect(() =>
      policyAnnouncement({ changes: [many(600, 300)], links, lang })
    ).toThrow(
      new RegExp(
        `^The policy announcement breaks Slack's limits:\\n  - the message has \\d+ blocks; Slack allows ${slackLimits.blocksPerMessage}\\.$`
      )
    )
  })

  test('a header that would be too long is shortened, not refused', () => {
    const long = policyAnnouncement({
      changes: [{ ...change, title: 'T'.repeat(200) }],
      links,
      lang
    })!
    expect(long.blocks[0]).toMatchObject({ text: { text: 'Policy update' } })
  })
})
