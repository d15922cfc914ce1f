// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { computed, createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { community } from '../../.vitepress/community'
import { communityKey } from '../../.vitepress/theme/composables/use-community'
import ContactList from '../../.vitepress/theme/components/ContactList.vue'
import {
  siteTextsKey,
  textsLangKey
} from '../../.vitepress/theme/composables/use-site-texts'
import {
  localTime,
  startLocalTimes
} from '../../.vitepress/theme/islands/local-time'
import { englishWordsIn } from '../fixtures/english-words'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import {
  contactWithTimeZone,
  contactWithoutTimeZone
} from './fixtures/community-fixtures'

const spoken = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

/** The contact's details as label → value, from the <dl>. */
function details(item: ReturnType<ReturnType<typeof mount>['find']>) {
  return Object.fromEntries(
    item
      .findAll('dl > div')
      .map((row) => [
        spoken(row.find('dt').text()),
        spoken(row.find('dd').text())
      ])
  )
}

let clock = new AbortController()

/** The list as the browser gets it: the HTML, then the local-time island. */
function mountShown(options: Parameters<typeof mount<typeof ContactList>>[1]) {
  const wrapper = mount(ContactList, { ...options, attachTo: document.body })
  clock = new AbortController()
  startLocalTimes(clock.signal)
  return wrapper
}

describe('ContactList', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // 12:00 UTC is 13:00 in Berlin (CET, UTC+1, in January).
    vi.setSystemTime(new Date('2026-01-15T12:00:00Z'))
  })

  afterEach(() => {
    clock.abort()
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  test('links each name to the profile, as an external link', () => {
    const wrapper = mountShown({
      props: {
        contacts: [contactWithTimeZone, contactWithoutTimeZone],
        locale: 'en-US'
      }
    })
    const links = wrapper.findAll('a')
    expect(links.map((link) => link.attributes('href'))).toEqual([
      'https://github.example.org/ada',
      'https://example.org/people/bo'
    ])
    expect(links.map((link) => spoken(link.text()))).toEqual([
      'Ada Example (external site)',
      'Bo Example (external site)'
    ])
    for (const link of links) {
      expect(link.attributes('rel')).toBe('noopener noreferrer')
      expect(link.attributes('target')).toBeUndefined()
    }
  })

  test('shows the role, the time zone, the local time and the languages', async () => {
    const wrapper = mountShown({
      props: { contacts: [contactWithTimeZone], locale: 'en-US' }
    })
    await flushPromises()
    const item = wrapper.find('li')
    expect(item.find('.role').text()).toBe('Maintainer of the example project')
    expect(details(item)).toEqual({
      'Time zone': 'Europe/Berlin',
      'Local time': 'Thu 1:00 PM',
      Languages: 'English and German'
    })
    expect(item.find('time').attributes('datetime')).toBe('2026-01-15T12:00Z')
  })

  test('the local time follows the clock', async () => {
    const wrapper = mountShown({
      props: { contacts: [contactWithTimeZone], locale: 'en-US' }
    })
    await flushPromises()
    expect(wrapper.find('time').text()).toBe('Thu 1:00 PM')

    await vi.advanceTimersByTimeAsync(60_000)
    expect(wrapper.find('time').text()).toBe('Thu 1:01 PM')
    expect(wrapper.find('time').attributes('datetime')).toBe(
      '2026-01-15T12:01Z'
    )
  })

  test("the weekday turns at midnight in the contact's time zone", async () => {
    // 22:59:30 UTC is 23:59:30 on Thursday in Berlin.
    vi.setSystemTime(new Date('2026-01-15T22:59:30Z'))
    const wrapper = mountShown({
      props: { contacts: [contactWithTimeZone], locale: 'en-US' }
    })
    await flushPromises()
    expect(wrapper.find('time').text()).toBe('Thu 11:59 PM')

    await vi.advanceTimersByTimeAsync(30_000)
    expect(wrapper.find('time').text()).toBe('Fri 12:00 AM')
  })

  test('the locale sets how the time and the languages are written', async () => {
    const wrapper = mountShown({
      props: { contacts: [contactWithTimeZone], locale: 'en-GB' }
    })
    await flushPromises()
    expect(details(wrapper.find('li'))).toMatchObject({
      'Local time': 'Thu 13:00',
      Languages: 'English and German'
    })
  })

  test('the server-rendered HTML shows the time zone but no time yet', async () => {
    const rendered = await renderToString(
      createSSRApp({
        render: () =>
          h(ContactList, { contacts: [contactWithTimeZone], locale: 'en-US' })
      })
    )
    // Without the scoped-style attributes, which change with the styles.
    const html = rendered.replace(/ data-v-[0-9a-f]+/g, '')
    expect(html).toContain('<dt>Time zone</dt><dd>Europe/Berlin</dd>')
    // The local time's row is there for the island, hidden and empty.
    expect(html).toMatch(
      /<div class="ContactLocalTime" data-local-time data-time-zone="Europe\/Berlin" data-locale="en-US" hidden>/
    )
    expect(html).toContain('<time></time>')
  })

  test('a contact without time zone or languages shows no details', async () => {
    const wrapper = mountShown({
      props: { contacts: [contactWithoutTimeZone], locale: 'en-US' }
    })
    await flushPromises()
    const item = wrapper.find('li')
    expect(item.find('.role').text()).toBe('Community manager')
    expect(item.find('dl').exists()).toBe(false)
    expect(item.find('time').exists()).toBe(false)
  })

  test('languages alone are shown without a time zone', () => {
    const wrapper = mountShown({
      props: {
        contacts: [{ ...contactWithoutTimeZone, languages: ['Spanish'] }],
        locale: 'en-US'
      }
    })
    expect(details(wrapper.find('li'))).toEqual({ Languages: 'Spanish' })
  })

  test('without props, it shows the community config contacts', () => {
    const wrapper = mountShown({
      global: { provide: { [communityKey as symbol]: community } }
    })
    expect(wrapper.findAll('li .role').map((role) => role.text())).toEqual(
      community.contacts.map((contact) => contact.role)
    )
  })

  test("in a locale's texts: its labels, and its language's times and lists", async () => {
    const wrapper = mountShown({
      props: { contacts: [contactWithTimeZone] },
      global: {
        provide: {
          [siteTextsKey as symbol]: computed(() => arabicTexts),
          [textsLangKey as symbol]: computed(() => 'ar')
        }
      }
    })
    await flushPromises()
    const { contacts } = arabicTexts
    expect(details(wrapper.find('li'))).toEqual({
      [contacts.timeZone]: contactWithTimeZone.timeZone,
      [contacts.localTime]: localTime(
        new Date(),
        contactWithTimeZone.timeZone!,
        'ar'
      ).text,
      [contacts.languages]: new Intl.ListFormat('ar', {
        type: 'conjunction'
      }).format(contactWithTimeZone.languages!)
    })
    // The languages are the config's words, which may name English.
    expect(
      englishWordsIn(wrapper.html(), arabicTexts, contactWithTimeZone.languages)
    ).toEqual([])
  })
})
