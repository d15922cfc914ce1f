// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { noResults } from '../../.vitepress/theme/islands/search-dialog'

/** The nodes as HTML, as the status line gets them. */
function html(nodes: Node[]): string {
  const status = document.createElement('p')
  status.append(...nodes)
  return status.innerHTML
}

const { searchNoResults } = englishTexts.theme
const [before, after] = searchNoResults.split('{query}')

describe("the search dialog's no-results text", () => {
  test.each<{ name: string; text: string; query: string; expected: string }>([
    {
      name: 'the words typed, isolated',
      text: searchNoResults,
      query: 'threads',
      expected: `${before}<bdi>threads</bdi>${after}`
    },
    {
      name: 'markup typed stays text',
      text: searchNoResults,
      query: '<img src=x onerror=alert(1)>',
      expected: `${before}<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>${after}`
    },
    {
      name: 'a slot typed is not filled again',
      text: searchNoResults,
      query: '{query}',
      expected: `${before}<bdi>{query}</bdi>${after}`
    },
    {
      name: 'right-to-left words around a left-to-right query',
      text: 'لا توجد نتائج لـ «{query}»',
      query: 'Slack',
      expected: 'لا توجد نتائج لـ «<bdi>Slack</bdi>»'
    },
    {
      name: 'every slot is filled',
      text: '{query}: nothing found for {query}',
      query: 'x',
      expected: '<bdi>x</bdi>: nothing found for <bdi>x</bdi>'
    },
    {
      name: 'a text without the slot is left as it is',
      text: 'Nothing found',
      query: 'x',
      expected: 'Nothing found'
    }
  ])('$name', ({ text, query, expected }) => {
    expect(html(noResults(text, query))).toBe(expected)
  })
})
