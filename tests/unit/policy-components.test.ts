// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { computed, ref } from 'vue'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import type { PolicyChangesData } from '../../.vitepress/policy/changes.data'
import type { SiteThemeConfig } from '../../.vitepress/theme/theme-config'
import { communityKey } from '../../.vitepress/theme/composables/use-community'
import {
  siteTextsKey,
  textsLangKey
} from '../../.vitepress/theme/composables/use-site-texts'
import { englishWordsIn } from '../fixtures/english-words'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import { exampleCommunity } from './fixtures/community-fixtures'
import AccessibilityFeedback from '../../.vitepress/theme/components/AccessibilityFeedback.vue'
import ContributingLink from '../../.vitepress/theme/components/ContributingLink.vue'
import PolicyChanges from '../../.vitepress/theme/components/PolicyChanges.vue'
import PolicyVersion from '../../.vitepress/theme/components/PolicyVersion.vue'
import PreviewBanner from '../../.vitepress/theme/components/PreviewBanner.vue'

// VitePress's client runtime needs a built site; give components what they read.
// Files share modules (vitest.config.ts: `isolate: false`), so the components
// imported here keep this mock: no other test file may import them.
const theme = ref<SiteThemeConfig>({})
vi.mock('vitepress', () => ({
  useData: () => ({ lang: ref('en-US'), theme }),
  withBase: (path: string) => `/base${path}`
}))

// The build-time loader's output, replaced per test.
const changes = vi.hoisted(() => ({
  data: { history: 'full', policies: [] } as PolicyChangesData
}))
vi.mock('../../.vitepress/policy/changes.data', () => changes)

// A community that is not ours, with every optional route (a report email).
const withCommunity = {
  global: { provide: { [communityKey as symbol]: exampleCommunity } }
}

const slackRules = {
  id: 'slack-rules',
  title: 'Slack rules',
  file: 'docs/slack-rules.md',
  link: '/slack-rules',
  version: '1.1',
  effectiveDate: '2026-12-01',
  changelog: [
    { version: '1.1', date: '2026-12-01', summary: 'Adds a rule about bots.' },
    { version: '1.0', date: '2026-11-25', summary: 'First version.' }
  ],
  commits: [
    {
      hash: 'b'.repeat(40),
      shortHash: 'bbbbbbb',
      date: '2026-12-01T23:30:00-05:00',
      subject: 'Add a rule about bots',
      diffUrl: 'https://git.example/o/r/commit/bbb#diff-1'
    },
    {
      hash: 'a'.repeat(40),
      shortHash: 'aaaaaaa',
      date: '2026-11-25T12:00:00+00:00',
      subject: 'Publish the Slack rules'
    }
  ]
}

/**
 * A date as an English reader sees it, the commit's day in UTC: worked out
 * by Intl here, apart from the theme's formatter, from the fixture's value.
 */
const longDate = (date: string) =>
  new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC'
  }).format(new Date(date))

beforeEach(() => {
  theme.value = {}
  changes.data = { history: 'full', policies: [structuredClone(slackRules)] }
})

describe('PreviewBanner', () => {
  test('says the page is a preview, in a labelled region', () => {
    const wrapper = mount(PreviewBanner)
    // A <section> with a name is a region landmark.
    const region = wrapper.get('section[aria-label]')
    const { preview, previewBanner } = englishTexts.theme
    expect(region.attributes('aria-label')).toBe(preview)
    expect(region.text()).toBe(fill(previewBanner, { preview }))
    expect(region.get('strong').text()).toBe(preview)
  })
})

describe('PolicyVersion', () => {
  test('shows the version, the effective date and a link to the changes', () => {
    const { version, effectiveDate } = slackRules
    const wrapper = mount(PolicyVersion, {
      props: { version, effectiveDate, changesLink: '/changes#slack-rules' }
    })
    const texts = englishTexts.policy
    expect(wrapper.text()).toBe(
      `${fill(texts.version, { version, date: longDate(effectiveDate) })} ${texts.changesLink}`
    )
    expect(wrapper.get('time').attributes('datetime')).toBe(effectiveDate)
    expect(wrapper.get('a').attributes('href')).toBe(
      '/base/changes#slack-rules'
    )
  })
})

describe('PolicyChanges', () => {
  test('lists the versions, then every commit with its diff link', () => {
    const wrapper = mount(PolicyChanges, { props: { policy: 'slack-rules' } })
    const texts = englishTexts.policyChanges
    expect(wrapper.get('p').text()).toBe(
      fill(texts.current, {
        policy: slackRules.title,
        version: slackRules.version,
        date: longDate(slackRules.effectiveDate)
      })
    )
    expect(wrapper.get('p a').attributes('href')).toBe('/base/slack-rules')
    const entry = (version: string, date: string, summary: string) =>
      fill(texts.entry, {
        version: fill(texts.version, { version }),
        date,
        summary
      })
    expect(wrapper.findAll('.versions li').map((li) => li.text())).toEqual(
      slackRules.changelog.map(({ version, date, summary }) =>
        entry(version, longDate(date), summary)
      )
    )
    const edits = wrapper.findAll('.edits li')
    // The date is the commit's day in UTC: 23:30 in New York is the next day.
    const linked = slackRules.commits[0]!
    const unlinked = slackRules.commits[1]!
    expect(longDate(linked.date)).not.toBe(longDate(linked.date.slice(0, 10)))
    expect(edits.map((edit) => edit.text().replace(/\s+/g, ' '))).toEqual([
      `${linked.subject}, ${longDate(linked.date)} · ${texts.commit} ${linked.shortHash}`,
      `${unlinked.subject}, ${longDate(unlinked.date)} · ${unlinked.shortHash}`
    ])
    expect(edits[0]!.get('a').attributes()).toMatchObject({
      href: 'https://git.example/o/r/commit/bbb#diff-1',
      rel: 'noopener noreferrer'
    })
    // Without a known repository there is nothing to link to.
    expect(edits[1]!.find('a').exists()).toBe(false)
  })

  test('without history, says so and links to the repository when known', () => {
    changes.data = {
      history: 'shallow',
      historyUrl: 'https://git.example/o/r/commits/main',
      policies: [{ ...structuredClone(slackRules), commits: [] }]
    }
    const wrapper = mount(PolicyChanges, { props: { policy: 'slack-rules' } })
    expect(wrapper.find('.edits').exists()).toBe(false)
    // HTML collapses the template's line breaks into single spaces.
    const { noHistory, seeHistory, historyLink } = englishTexts.policyChanges
    expect(wrapper.get('.no-history').text().replace(/\s+/g, ' ')).toBe(
      `${noHistory} ${fill(seeHistory, { link: historyLink })}`
    )
    expect(wrapper.get('.no-history a').attributes('href')).toBe(
      'https://git.example/o/r/commits/main'
    )
  })

  test('without history or repository, says so without a link', () => {
    changes.data = {
      history: 'no-git',
      policies: [{ ...structuredClone(slackRules), commits: [] }]
    }
    const wrapper = mount(PolicyChanges, { props: { policy: 'slack-rules' } })
    expect(wrapper.get('.no-history').find('a').exists()).toBe(false)
  })

  test('an unknown policy id fails, naming the known ones', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() =>
      mount(PolicyChanges, { props: { policy: 'slack-rule' } })
    ).toThrow(
      '<PolicyChanges policy="slack-rule">: unknown policy. Use one of: slack-rules.'
    )
  })
})

describe('ContributingLink', () => {
  test('links to the contributing guide', () => {
    const wrapper = mount(ContributingLink, {
      props: { href: 'https://git.example/o/r/blob/main/CONTRIBUTING.md' }
    })
    const { theme } = englishTexts
    expect(wrapper.text()).toBe(
      fill(theme.contributing, {
        link: theme.contributingGuide,
        editLink: theme.editLink
      })
    )
    expect(wrapper.get('a').text()).toBe(theme.contributingGuide)
    expect(wrapper.get('a').attributes('href')).toBe(
      'https://git.example/o/r/blob/main/CONTRIBUTING.md'
    )
  })
})

describe('AccessibilityFeedback', () => {
  const texts = englishTexts.accessibilityFeedback
  const directMessage = fill(texts.directMessage, {
    title: texts.directMessageTitle,
    slack: texts.slackWorkspace,
    moderators: exampleCommunity.reporting.slackModerators
  })
  const email = fill(texts.email, {
    title: texts.emailTitle,
    email: exampleCommunity.reporting.email!
  })
  test('offers the issue form when the repository is known, then Slack', () => {
    theme.value = {
      repository: { url: 'https://git.example/o/r', branch: 'main' }
    }
    const wrapper = mount(AccessibilityFeedback, withCommunity)
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.text())).toEqual([
      fill(texts.issue, { title: texts.issueTitle, link: texts.issueForm }),
      directMessage,
      email
    ])
    expect(items.map((item) => item.get('a').attributes('href'))).toEqual([
      'https://git.example/o/r/issues/new?template=accessibility-problem.yml',
      'https://chat.example.org/join',
      'mailto:moderators@example.org'
    ])
  })

  test('without a known repository, offers only the routes in the config', () => {
    const wrapper = mount(AccessibilityFeedback, withCommunity)
    expect(wrapper.findAll('li').map((item) => item.text())).toEqual([
      directMessage,
      email
    ])
  })
})

const englishMonths = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en', { month: 'long' }).format(
    new Date(Date.UTC(2026, month, 15))
  )
)
describe("the policy components in a locale's texts", () => {
  const inArabic = {
    global: {
      provide: {
        ...withCommunity.global.provide,
        [siteTextsKey as symbol]: computed(() => arabicTexts),
        [textsLangKey as symbol]: computed(() => 'ar')
      }
    }
  }
  test.each<{ name: string; shown: () => string }>([
    {
      name: 'PreviewBanner',
      shown: () => mount(PreviewBanner, inArabic).html()
    },
    {
      name: 'PolicyChanges, with history',
      shown: () =>
        mount(PolicyChanges, {
          props: { policy: 'slack-rules' },
          ...inArabic
        }).html()
    },
    {
      name: 'PolicyChanges, without history',
      shown: () => {
        changes.data = {
          history: 'shallow',
          historyUrl: 'https://git.example/o/r/commits/main',
          policies: [{ ...structuredClone(slackRules), commits: [] }]
        }
        return mount(PolicyChanges, {
          props: { policy: 'slack-rules' },
          ...inArabic
        }).html()
      }
    },
    {
      name: 'AccessibilityFeedback',
      shown: () => {
        theme.value = {
          repository: { url: 'https://git.example/o/r', branch: 'main' }
        }
        return mount(AccessibilityFeedback, inArabic).html()
      }
    }
  ])('$name has no English words', ({ shown }) => {
    const html = shown()
    expect(englishWordsIn(html, arabicTexts)).toEqual([])
    // Dates are in the locale's language too: no English month names.
    for (const month of englishMonths) expect(html).not.toContain(month)
  })
})
