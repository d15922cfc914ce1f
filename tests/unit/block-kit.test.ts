import type { KnownBlock, SectionBlock } from '@slack/types'
import { describe, expect, test } from 'vitest'
import {
  blockKitProblems,
  checkedMessage,
  escapeMrkdwn,
  layoutMessage,
  messageSitePaths,
  partSections,
  slackLimits,
  SlackLimitError
} from '../../.vitepress/slack/block-kit'

const section = (length: number): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: 'x'.repeat(length) }
})
const header = (length: number): KnownBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: 'x'.repeat(length) }
})
const dividers = (count: number): KnownBlock[] =>
  Array.from({ length: count }, () => ({ type: 'divider' }))

describe("Slack's limits", () => {
  const cases: { name: string; blocks: KnownBlock[]; problems: string[] }[] = [
    {
      name: 'a section of exactly 3000 characters',
      blocks: [section(slackLimits.sectionText)],
      problems: []
    },
    {
      name: 'a section over 3000 characters',
      blocks: [section(3001)],
      problems: ['block 1 (section) has 3001 characters; Slack allows 3000.']
    },
    { name: 'exactly 50 blocks', blocks: dividers(50), problems: [] },
    {
      name: 'more than 50 blocks',
      blocks: dividers(51),
      problems: ['the message has 51 blocks; Slack allows 50.']
    },
    { name: 'a header of 150 characters', blocks: [header(150)], problems: [] },
    {
      name: 'a header over 150 characters',
      blocks: [dividers(1)[0]!, header(151)],
      problems: ['block 2 (header) has 151 characters; Slack allows 150.']
    },
    {
      name: 'a context with more than 10 elements',
      blocks: [
        {
          type: 'context',
          elements: Array.from({ length: 11 }, () => ({
            type: 'mrkdwn' as const,
            text: 'x'
          }))
        }
      ],
      problems: ['block 1 (context) has 11 elements; Slack allows 10.']
    },
    {
      name: 'every problem at once',
      blocks: [header(151), ...dividers(49), section(3001)],
      problems: [
        'the message has 51 blocks; Slack allows 50.',
        'block 1 (header) has 151 characters; Slack allows 150.',
        'block 51 (section) has 3001 characters; Slack allows 3000.'
      ]
    }
  ]
  test.each(cases)('$name', ({ blocks, problems }) => {
    expect(blockKitProblems(blocks)).toEqual(problems)
  })

  test('a checked message over the limits throws, naming the message and each problem', () => {
    const message = { text: 'x', blocks: [header(151), section(3001)] }
    const error = (() => {
      try {
        checkedMessage('The policy announcement', message)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(SlackLimitError)
    expect((error as Error).message).toBe(
      "The policy announcement breaks Slack's limits:\n" +
        '  - block 1 (header) has 151 characters; Slack allows 150.\n' +
        '  - block 2 (section) has 3001 characters; Slack allows 3000.'
    )
  })

  test('a message within the limits passes through unchanged', () => {
    const message = { text: 'x', blocks: [header(150), section(3000)] }
    expect(checkedMessage('A message', message)).toBe(message)
  })
})

describe('splitting long lists across sections', () => {
  const lines = (count: number, length: number) =>
    Array.from({ length: count }, (_, index) => `${index}:`.padEnd(length, 'x'))

  const cases = [
    { name: 'a short list', count: 3, length: 50, sections: 1 },
    // 30 lines of 100 characters and 29 newlines, plus the heading: over 3000.
    { name: 'a list just over the limit', count: 30, length: 100, sections: 2 },
    { name: 'a long list', count: 100, length: 290, sections: 10 }
  ]
  test.each(cases)('$name', ({ count, length, sections }) => {
    const part = { heading: 'Rules', lines: lines(count, length) }
    const blocks = partSections(part)
    expect(blocks).toHaveLength(sections)
    expect(blockKitProblems(blocks)).toEqual([])
    // Nothing is lost or cut: the sections hold every line, in order.
    const texts = blocks.map((block) => block.text?.text ?? '')
    expect(texts.join('\n')).toBe(['*Rules*', ...part.lines].join('\n'))
  })

  test('a single line over the limit is kept whole and reported', () => {
    const blocks = partSections({ lines: ['x'.repeat(3001)] })
    expect(blockKitProblems(blocks)).toEqual([
      'block 1 (section) has 3001 characters; Slack allows 3000.'
    ])
  })
})

describe('a laid-out message', () => {
  const message = layoutMessage(
    'A & B',
    [
      { lines: ['Intro.'] },
      { heading: 'Links', lines: ['<https://site.example/r/a|A>'] }
    ],
    'Footer <https://site.example/changes|Changes>'
  )

  test('has a header, a divider between parts and a context footer', () => {
    expect(message.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'divider',
      'section',
      'context'
    ])
  })

  test('carries the same text in mrkdwn', () => {
    expect(message.text).toBe(
      '*A &amp; B*\n\nIntro.\n\n*Links*\n<https://site.example/r/a|A>\n\nFooter <https://site.example/changes|Changes>'
    )
  })

  test('lists the site paths it links to', () => {
    expect(messageSitePaths(message, 'https://site.example')).toEqual([
      '/r/a',
      '/changes'
    ])
  })

  test('without a footer, ends with its last part', () => {
    const bare = layoutMessage('Title', [{ lines: ['Intro.'] }])
    expect(bare.blocks.map((block) => block.type)).toEqual([
      'header',
      'section'
    ])
    expect(bare.text).toBe('*Title*\n\nIntro.')
  })

  test('escapes what Slack reads as markup, and nothing else', () => {
    expect(escapeMrkdwn('a <b> & *c*')).toBe('a &lt;b&gt; &amp; *c*')
  })
})
