// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { englishTexts } from '../../.vitepress/i18n/texts'
import RuleCard from '../../.vitepress/theme/components/RuleCard.vue'
import RuleExample from '../../.vitepress/theme/components/RuleExample.vue'
import { copyFrom } from '../../.vitepress/theme/islands/copy-buttons'
import {
  startLinkedRule,
  markLinkedRule
} from '../../.vitepress/theme/islands/linked-rule'

const siteUrl = 'https://docs.example.org'

const props = {
  ruleId: 'use-threads',
  number: 2,
  title: 'Use threads for longer messages',
  aliases: ['rule-2'],
  url: `${siteUrl}/slack-rules#use-threads`,
  reminder: `Hi! See rule 2.\n${siteUrl}/r/use-threads`
}

const slots = {
  default:
    '<span id="rule-2" class="rule-alias-anchor"></span><h2 id="use-threads">Use threads for longer messages</h2><p>Put the details in a thread.</p>',
  examples:
    '<RuleExample kind="good"><blockquote><p>Short first message.</p></blockquote></RuleExample>' +
    '<RuleExample kind="poor"><p>Sixty lines of log.</p></RuleExample>',
  consequence: '<p>Moderators usually respond with a correction.</p>'
}

function mountCard(withSlots: Partial<typeof slots> = slots) {
  return mount(RuleCard, {
    props,
    slots: withSlots,
    global: { components: { RuleExample } },
    attachTo: document.body
  })
}

/** Clicks a card's button as the island would see it, and waits. */
async function clickCopy(button: Element): Promise<void> {
  await copyFrom(button as HTMLElement)
  await flushPromises()
}

/** Replaces the browser's clipboard; `undefined` removes it. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined): void {
  Object.defineProperty(window.navigator, 'clipboard', {
    value: clipboard,
    configurable: true
  })
}

const permanentLink = `${siteUrl}/slack-rules#use-threads`
const { reminder } = props

let writeText: ReturnType<typeof vi.fn>

beforeEach(() => {
  writeText = vi.fn().mockResolvedValue(undefined)
  stubClipboard({ writeText })
  window.location.hash = ''
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('RuleCard', () => {
  test('is an article named by its heading, with the rule number', () => {
    const card = mountCard()
    const article = card.get('article.RuleCard')
    expect(article.attributes('aria-labelledby')).toBe('use-threads')
    expect(card.get('h2#use-threads').text()).toBe(
      'Use threads for longer messages'
    )
    expect(card.get('.number').text()).toBe('Rule 2')
    expect(card.text()).toContain('Put the details in a thread.')
  })

  test('shows the examples as captioned figures, not headings', () => {
    const card = mountCard()
    const figures = card.findAll('figure.RuleExample')
    expect(figures.map((figure) => figure.get('figcaption').text())).toEqual([
      `✓ ${englishTexts.ruleCard.goodExample}`,
      `✗ ${englishTexts.ruleCard.poorExample}`
    ])
    expect(figures[0]!.get('blockquote').text()).toBe('Short first message.')
    expect(card.findAll('h3, h4')).toHaveLength(0)
  })

  test('shows the consequence under its label', () => {
    const card = mountCard()
    const consequence = card.get('.consequence')
    expect(consequence.get('.consequence-label').text()).toBe(
      'If this rule is broken'
    )
    expect(consequence.get('.consequence-label + p').text()).toBe(
      'Moderators usually respond with a correction.'
    )
  })

  test('leaves out the examples and consequence when the rule has none', () => {
    const card = mountCard({ default: slots.default })
    expect(card.find('.examples').exists()).toBe(false)
    expect(card.find('.consequence').exists()).toBe(false)
  })

  test('has two real buttons, named by their visible text', () => {
    const card = mountCard()
    const buttons = card.findAll('button')
    expect(buttons.map((button) => button.attributes('type'))).toEqual([
      'button',
      'button'
    ])
    expect(buttons.map((button) => button.text())).toEqual([
      'Copy link to rule 2',
      'Copy reminder of rule 2'
    ])
  })

  test.each([
    { button: 'Copy link', text: permanentLink, status: '✓ Link copied' },
    { button: 'Copy reminder', text: reminder, status: '✓ Reminder copied' }
  ])(
    '"$button" copies the text and says so',
    async ({ button, text, status }) => {
      const card = mountCard()
      await flushPromises()
      const status_ = card.get('[role="status"]')
      expect(status_.text()).toBe('')
      await clickCopy(
        card
          .findAll('button')
          .find((candidate) => candidate.text().startsWith(button))!.element
      )
      expect(writeText).toHaveBeenCalledWith(text)
      expect(status_.text()).toBe(status)
      expect(card.get('[data-manual-copy]').isVisible()).toBe(false)
    }
  )

  test('when the clipboard refuses, it shows the text selected to copy by hand', async () => {
    writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
    const card = mountCard()
    await flushPromises()
    await clickCopy(card.get('button').element)

    expect(card.get('[role="status"]').text()).toBe(
      'Your browser did not let us copy. The link is selected below: copy it from there.'
    )
    const field = card.get<HTMLTextAreaElement>('textarea')
    expect(card.get(`label[for="${field.attributes('id')}"]`).text()).toBe(
      'Link to copy'
    )
    expect(field.element.value).toBe(permanentLink)
    expect(field.attributes('readonly')).toBeDefined()
    expect(document.activeElement).toBe(field.element)
    expect(
      field.element.value.slice(
        field.element.selectionStart,
        field.element.selectionEnd
      )
    ).toBe(permanentLink)
  })

  test('without a Clipboard API, it shows the text to copy by hand', async () => {
    stubClipboard(undefined)
    const card = mountCard()
    await flushPromises()
    await clickCopy(card.findAll('button')[1]!.element)
    expect(card.get<HTMLTextAreaElement>('textarea').element.value).toBe(
      reminder
    )
  })

  test.each([
    { hash: '#use-threads', target: true },
    { hash: '#rule-2', target: true },
    { hash: '#ask-in-public', target: false },
    { hash: '', target: false }
  ])(
    'with the address ending in "$hash", highlighted: $target',
    async ({ hash, target }) => {
      window.location.hash = hash
      const card = mountCard()
      markLinkedRule()
      expect(card.get('article').classes('is-target')).toBe(target)
      expect(card.find('.target-badge').exists()).toBe(target)
    }
  )

  test('the highlight follows the address when it changes', async () => {
    const card = mountCard()
    const listening = new AbortController()
    startLinkedRule(listening.signal)
    expect(card.get('article').classes('is-target')).toBe(false)
    window.location.hash = '#use-threads'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(card.get('article').classes('is-target')).toBe(true)
    expect(card.get('.target-badge').text()).toBe('Linked rule')
    window.location.hash = '#rule-9'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(card.get('article').classes('is-target')).toBe(false)
    expect(card.find('.target-badge').exists()).toBe(false)

    // Stopped (as `npm run dev` does before a new page), it listens no more.
    listening.abort()
    window.location.hash = '#use-threads'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(card.get('article').classes('is-target')).toBe(false)
  })
})
