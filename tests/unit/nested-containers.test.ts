import { describe, expect, test } from 'vitest'
import { nestContainers } from '../../.vitepress/plugins/nested-containers'

describe('containers nest with three colons each', () => {
  test.each([
    {
      name: 'a container alone keeps its colons',
      input: '::: tip\nText.\n:::',
      expected: '::: tip\nText.\n:::'
    },
    {
      name: 'an outer container gets one colon more than the inner one',
      input: '::: rule a\n::: example good\nHi.\n:::\n:::',
      expected: ':::: rule a\n::: example good\nHi.\n:::\n::::'
    },
    {
      name: 'two levels deep',
      input: '::: a\n::: b\n::: c\n:::\n:::\n:::',
      expected: '::::: a\n:::: b\n::: c\n:::\n::::\n:::::'
    },
    {
      name: 'a marker line in a code fence widens the container around it',
      input: '::: example good\n```md\n:::\n```\n:::',
      expected: ':::: example good\n```md\n:::\n```\n::::'
    },
    {
      name: 'an opening line in a code fence is code',
      input: '::: rule a\n```md\n::: example good\n```\n:::',
      expected: '::: rule a\n```md\n::: example good\n```\n:::'
    },
    {
      name: 'an unclosed container is left as written',
      input: '::: rule a\n::: example good\nHi.\n:::\n',
      expected: '::: rule a\n::: example good\nHi.\n:::\n'
    }
  ])('$name', ({ input, expected }) => {
    expect(nestContainers(input)).toBe(expected)
  })
})
