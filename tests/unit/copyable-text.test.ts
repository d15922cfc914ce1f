// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { computed } from 'vue'
import { siteTextsKey } from '../../.vitepress/theme/composables/use-site-texts'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import CopyableText from '../../.vitepress/theme/components/CopyableText.vue'
import { copyFrom } from '../../.vitepress/theme/islands/copy-buttons'
import { fragmentId } from '../../.vitepress/theme/islands/linked-rule'

const text =
  'Welcome!\n*Read the rules* first: <https://example.org/r/1|rule 1>'

/** The block as the browser gets it, and a click as the island handles it. */
async function copied(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', {
    value: clipboard,
    configurable: true
  })
  const wrapper = mount(CopyableText, {
    props: { text, label: 'Copy the mrkdwn text', caption: 'As mrkdwn' },
    attachTo: document.body
  })
  await copyFrom(wrapper.get('button').element)
  await flushPromises()
  return wrapper
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('CopyableText and the copy buttons island', () => {
  test('copies the text shown, exactly, and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const wrapper = await copied({ writeText })
    expect(writeText).toHaveBeenCalledWith(text)
    expect(wrapper.get('[role="status"]').text()).toBe(
      englishTexts.copyText.copied
    )
  })

  test.each([
    {
      name: 'refused',
      clipboard: { writeText: () => Promise.reject(new Error('denied')) }
    },
    { name: 'missing', clipboard: undefined }
  ])(
    'with the clipboard $name, the text is selected to copy by hand',
    async ({ clipboard }) => {
      const wrapper = await copied(clipboard)
      expect(wrapper.get('[role="status"]').text()).toBe(
        englishTexts.copyText.manual
      )
      expect(getSelection()?.toString()).toBe(text)
    }
  )
})

test("the copy button's messages are in the locale's texts", () => {
  const wrapper = mount(CopyableText, {
    props: { text, label: 'انسخ', caption: 'نص' },
    global: {
      provide: { [siteTextsKey as symbol]: computed(() => arabicTexts) }
    }
  })
  expect(wrapper.get('button').attributes()).toMatchObject({
    'data-copied': arabicTexts.copyText.copied,
    'data-manual': arabicTexts.copyText.manual
  })
})

describe('fragmentId', () => {
  test.each([
    ['', ''],
    ['#', ''],
    ['#use-threads', 'use-threads'],
    ['#r%C3%A8gle-1', 'règle-1'],
    // A malformed escape names no element.
    ['#%E0', '']
  ])('%j is %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id)
  })
})
