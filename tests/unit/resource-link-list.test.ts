// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import { communityKey } from '../../.vitepress/theme/composables/use-community'
import { resourceKinds } from '../../.vitepress/community/types'
import ResourceLinkList from '../../.vitepress/theme/components/ResourceLinkList.vue'
import ResourceLinkListItem from '../../.vitepress/theme/components/ResourceLinkListItem.vue'
import { computed } from 'vue'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { siteTextsKey } from '../../.vitepress/theme/composables/use-site-texts'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import { fixtureResources } from './fixtures/community-fixtures'

/** Text as a screen reader gets it: hidden-by-CSS text included, spaces collapsed. */
const spoken = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

describe('ResourceLinkList', () => {
  test('renders one list item per resource, in order', () => {
    const wrapper = mount(ResourceLinkList, {
      props: { items: fixtureResources }
    })
    expect(wrapper.element.tagName).toBe('UL')
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(3)
    expect(items.map((item) => item.find('a').attributes('href'))).toEqual([
      'https://docs.example.org/guide',
      'https://www.forum.example.org/c/help',
      'https://chat.example.org/'
    ])
  })

  test('group="…" shows that group of the community config, in config order', () => {
    const wrapper = mount(ResourceLinkList, {
      props: { group: 'before-you-ask' },
      global: { provide: { [communityKey as symbol]: community } }
    })
    const expected = community.resources.filter(
      (resource) => resource.group === 'before-you-ask'
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(wrapper.findAll('a').map((link) => link.attributes('href'))).toEqual(
      expected.map((resource) => resource.url)
    )
  })

  test('items win over group', () => {
    const wrapper = mount(ResourceLinkList, {
      props: { items: fixtureResources.slice(0, 1), group: 'talk-to-us' }
    })
    expect(wrapper.findAll('a').map((link) => link.attributes('href'))).toEqual(
      ['https://docs.example.org/guide']
    )
  })

  test('an empty list renders nothing, not an empty <ul>', () => {
    const wrapper = mount(ResourceLinkList, { props: { items: [] } })
    expect(wrapper.find('ul').exists()).toBe(false)
  })

  test('an unknown group fails, naming the group and the choices', () => {
    expect(() =>
      mount(ResourceLinkList, {
        props: { group: 'elsewhere' as 'talk-to-us' }
      })
    ).toThrow(
      '<ResourceLinkList> needs items or a group; group="elsewhere" is not one of before-you-ask, talk-to-us.'
    )
  })
})

describe('ResourceLinkListItem', () => {
  const [guide, , chat] = fixtureResources as [
    (typeof fixtureResources)[0],
    unknown,
    (typeof fixtureResources)[0]
  ]

  test('only the title is a link, named by the title and "external site"', () => {
    const wrapper = mount(ResourceLinkListItem, { props: { resource: guide } })
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(1)
    expect(spoken(links[0]!.text())).toBe('Example guide (external site)')
    expect(wrapper.find('.description').text()).toBe(
      'How to use Example, step by step.'
    )
    expect(links[0]!.find('.description').exists()).toBe(false)
  })

  test('an external link carries rel="noopener noreferrer", an icon and screen-reader text', () => {
    const link = mount(ResourceLinkListItem, {
      props: { resource: guide }
    }).find('a')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.find('.visually-hidden').text()).toBe('(external site)')
    const icon = link.find('svg')
    expect(icon.attributes('aria-hidden')).toBe('true')
  })

  test('opens in the same tab by default', () => {
    const link = mount(ResourceLinkListItem, {
      props: { resource: guide }
    }).find('a')
    expect(link.attributes('target')).toBeUndefined()
    expect(link.text()).not.toContain('new tab')
  })

  test('newTab opens a new tab and says so in the link text', () => {
    const link = mount(ResourceLinkListItem, {
      props: { resource: chat }
    }).find('a')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(spoken(link.text())).toBe(
      'Example chat (opens in a new tab) (external site)'
    )
  })

  test('shows the host the link goes to, without "www."', () => {
    const wrapper = mount(ResourceLinkListItem, {
      props: { resource: fixtureResources[1]! }
    })
    expect(wrapper.find('.host').text()).toBe('forum.example.org')
  })

  test.each(resourceKinds)(
    'kind "%s" is shown by an icon and by words',
    (kind) => {
      const wrapper = mount(ResourceLinkListItem, {
        props: { resource: { ...guide, kind } }
      })
      expect(wrapper.find('.kind').text()).toBe(
        englishTexts.resourceKinds[kind]
      )
      const icon = wrapper.find('.kind-icon svg')
      expect(icon.attributes('aria-hidden')).toBe('true')
      expect(icon.findAll('path').length).toBeGreaterThan(0)
    }
  )

  test.each(resourceKinds)('kind "%s" is in a locale\'s words', (kind) => {
    const wrapper = mount(ResourceLinkListItem, {
      props: { resource: { ...guide, kind } },
      global: {
        provide: { [siteTextsKey as symbol]: computed(() => arabicTexts) }
      }
    })
    expect(wrapper.find('.kind').text()).toBe(arabicTexts.resourceKinds[kind])
  })

  test('every kind has its own label', () => {
    const labels = resourceKinds.map((kind) => englishTexts.resourceKinds[kind])
    expect(new Set(labels).size).toBe(resourceKinds.length)
  })
})
