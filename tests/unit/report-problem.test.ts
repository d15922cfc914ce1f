// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import { communityKey } from '../../.vitepress/theme/composables/use-community'
import ReportChecklist from '../../.vitepress/theme/components/ReportChecklist.vue'
import ReportProblemBox from '../../.vitepress/theme/components/ReportProblemBox.vue'
import ReportRoutes from '../../.vitepress/theme/components/ReportRoutes.vue'
import ReportTimeline from '../../.vitepress/theme/components/ReportTimeline.vue'
import {
  mailtoHref,
  reportEmail
} from '../../.vitepress/theme/support/report-email'
import {
  reportingWithEmail,
  reportingWithoutEmail
} from './fixtures/community-fixtures'
import type { Reporting } from '../../.vitepress/community/types'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'

/** Mount options that provide a community "Example" with `reporting`. */
const withReporting = (reporting: Reporting) => ({
  global: {
    provide: {
      [communityKey as symbol]: {
        ...community,
        name: 'Example',
        slack: {
          ...community.slack,
          inviteUrl: 'https://chat.example.org/join'
        },
        reporting
      }
    }
  }
})

const example = { community: 'Example' }

const spoken = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

/** The body the report email starts with, for `reportingWithEmail`. */
const expectedBody = [
  'Hello,',
  '',
  'I would like to report a problem in the Example community.',
  'Tell us as much as you can; a missing detail should not stop you from sending.',
  '',
  '- What happened.',
  '',
  '',
  '- Where and when, with a link.',
  '',
  '',
  '- Who was involved & who saw it?',
  ''
].join('\r\n')

/** A mailto: link taken apart and decoded. */
function decodeMailto(href: string | undefined) {
  expect(href).toMatch(/^mailto:/)
  const url = new URL(href!)
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    // Anything besides subject and body would be a surprise header.
    headers: [...url.searchParams.keys()]
  }
}

describe('the report email', () => {
  test('its mailto: link decodes to the address, subject and checklist', () => {
    const href = mailtoHref(
      reportEmail(
        'moderators@example.org',
        {
          subject: fill(englishTexts.reportBox.emailSubject, example),
          greeting: englishTexts.reportBox.emailGreeting,
          intro: fill(englishTexts.reportBox.emailIntro, example),
          hint: englishTexts.reportBox.emailHint
        },
        reportingWithEmail.whatToInclude
      )
    )
    expect(decodeMailto(href)).toEqual({
      to: 'moderators@example.org',
      subject: 'Report of a problem in the Example community',
      body: expectedBody,
      headers: ['subject', 'body']
    })
  })

  test('line breaks are %0D%0A and no character is left raw', () => {
    const href = mailtoHref({
      to: 'moderators@example.org',
      subject: 'A & B? 100%',
      body: 'one\ntwo'
    })
    expect(href).toBe(
      'mailto:moderators@example.org?subject=A%20%26%20B%3F%20100%25&body=one%0D%0Atwo'
    )
  })
})

describe('ReportProblemBox', () => {
  const mountBox = (reporting = reportingWithEmail) =>
    mount(ReportProblemBox, {
      props: { guideHref: '/base/code-of-conduct#reporting' },
      ...withReporting(reporting)
    })

  test('is a region named by its heading', () => {
    const box = mountBox()
    // A named <section> is a region landmark, so readers can jump to it.
    expect(box.element.tagName).toBe('SECTION')
    const heading = box.find('h2')
    expect(spoken(heading.text())).toBe('Report a problem')
    expect(heading.attributes('id')).toBeTruthy()
    expect(box.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    // Kept out of the page's "On this page" outline.
    expect(heading.classes()).toContain('ignore-header')
  })

  test('names Slack\'s "Report message" and a direct message to a moderator', () => {
    const text = spoken(mountBox().text())
    expect(text).toContain(
      "In Slack, choose Report message from the message's More actions menu."
    )
    expect(text).toContain(
      'Send a direct message in the Example Slack (external site) to any moderator.'
    )
    const slack = mountBox().find('a[href="https://chat.example.org/join"]')
    expect(slack.attributes('rel')).toBe('noopener noreferrer')
  })

  test('offers the email with a pre-filled mailto: link when there is one', () => {
    const links = mountBox().findAll('a[href^="mailto:"]')
    expect(links).toHaveLength(1)
    expect(links[0]!.text()).toBe('moderators@example.org')
    expect(decodeMailto(links[0]!.attributes('href'))).toEqual({
      to: 'moderators@example.org',
      subject: 'Report of a problem in the Example community',
      body: expectedBody,
      headers: ['subject', 'body']
    })
  })

  test('without an email, offers no email route', () => {
    const box = mountBox(reportingWithoutEmail)
    expect(box.find('a[href^="mailto:"]').exists()).toBe(false)
    expect(box.text()).not.toMatch(/email/i)
  })

  test('without Slack\'s "Report message", does not mention it', () => {
    const text = mountBox(reportingWithoutEmail).text()
    expect(text).not.toContain('Report message')
    expect(text).toContain('Send a direct message')
  })

  test('lists what to include, in a disclosure', () => {
    const details = mountBox().find('details')
    expect(details.find('summary').text()).toBe('What to include')
    expect(details.findAll('li').map((item) => item.text())).toEqual(
      reportingWithEmail.whatToInclude
    )
  })

  test('gives the response times and the route when a moderator is involved', () => {
    const text = spoken(mountBox(reportingWithoutEmail).text())
    expect(text).toContain(
      'We acknowledge a report within three days and decide what to do within a month.'
    )
    expect(text).toContain(
      'If the problem is with a moderator, tell a different one.'
    )
  })

  test('links to the full reporting section', () => {
    const link = mountBox().find('a.guide-link')
    expect(link.text()).toBe('How reporting works')
    expect(link.attributes('href')).toBe('/base/code-of-conduct#reporting')
  })

  test("the community config's own reporting facts", () => {
    const box = mount(ReportProblemBox, {
      props: { guideHref: '/x' },
      global: { provide: { [communityKey as symbol]: community } }
    })
    const text = spoken(box.text())
    expect(text).toContain(community.reporting.slackModerators)
    expect(text).toContain(community.reporting.responseTimes.acknowledgement)
    expect(box.find('a[href^="mailto:"]').exists()).toBe(
      community.reporting.email !== undefined
    )
  })
})

describe('ReportRoutes', () => {
  const mountRoutes = (reporting = reportingWithEmail) =>
    mount(ReportRoutes, withReporting(reporting))

  test('lists Slack\'s "Report message", a direct message and email', () => {
    const routes = mountRoutes()
      .findAll('li > strong')
      .map((label) => label.text())
    expect(routes).toEqual([
      'In Slack, report the message.',
      'Send a direct message',
      'Email the moderators'
    ])
  })

  test('the email route is a pre-filled mailto: link', () => {
    const link = mountRoutes().find('a[href^="mailto:"]')
    expect(decodeMailto(link.attributes('href'))).toEqual({
      to: 'moderators@example.org',
      subject: 'Report of a problem in the Example community',
      body: expectedBody,
      headers: ['subject', 'body']
    })
  })

  test('shows only the routes the config has', () => {
    const wrapper = mountRoutes(reportingWithoutEmail)
    expect(wrapper.findAll('li > strong').map((label) => label.text())).toEqual(
      ['Send a direct message']
    )
    expect(wrapper.find('a[href^="mailto:"]').exists()).toBe(false)
  })
})

describe('ReportChecklist and ReportTimeline', () => {
  test("the checklist lists the config's items", () => {
    expect(
      mount(ReportChecklist, withReporting(reportingWithEmail))
        .findAll('li')
        .map((item) => item.text())
    ).toEqual(reportingWithEmail.whatToInclude)
    expect(
      mount(ReportChecklist, {
        global: { provide: { [communityKey as symbol]: community } }
      })
        .findAll('li')
        .map((item) => item.text())
    ).toEqual(community.reporting.whatToInclude)
  })

  test('the timeline gives the response times', () => {
    const text = spoken(
      mount(ReportTimeline, withReporting(reportingWithoutEmail)).text()
    )
    expect(text).toContain('We acknowledge your report within three days.')
    expect(text).toContain('We decide what to do within a month.')
  })
})
