import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import type { Community } from '../../.vitepress/community/types'
import {
  CommunityConfigError,
  validateCommunity
} from '../../.vitepress/community/validate'
import { isContentError } from '../../.vitepress/content-error'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { exampleCommunity } from './fixtures/community-fixtures'

/** A valid config that is not ours, to break one field at a time. */
function validCommunity(): Community {
  return structuredClone(exampleCommunity)
}

function problemsOf(edit: (config: Community) => void): string[] {
  const config = validCommunity()
  edit(config)
  try {
    validateCommunity(config)
  } catch (error) {
    if (error instanceof CommunityConfigError) {
      return error.problems.map(({ message }) => message)
    }
    throw error
  }
  return []
}

type Edit = (config: Community) => void
const at = (field: string) => `.vitepress/community.ts: ${field}: `

const badInputs: [name: string, edit: Edit, message: string][] = [
  [
    'an empty community name',
    (c) => (c.name = ' '),
    `${at('name')}is empty. Write text, such as "Example Community".`
  ],
  [
    'a name with HTML',
    (c) => (c.name = 'Example <img src=x onerror=alert(1)>'),
    `${at('name')}"Example <img src=x onerror=alert(1)>" contains "<". Write plain text; it is shown as text, never as HTML.`
  ],
  [
    'a description with a closing script tag',
    (c) => (c.description = '</script><script>alert(1)</script>'),
    `${at('description')}"</script><script>alert(1)</script>" contains "<". Write plain text; it is shown as text, never as HTML.`
  ],
  [
    'a role with a control character',
    (c) => (c.contacts[0]!.role = 'Mod\u0007'),
    `${at('contacts[0] ("Ada Example").role')}contains a control character. Write one line of text.`
  ],
  [
    'a name that is not text',
    (c) => ((c as { name: unknown }).name = 42),
    `${at('name')}must be text, such as "Example Community", not 42.`
  ],
  [
    'a Slack invite that is not https',
    (c) => (c.slack.inviteUrl = 'http://chat.example.org/join'),
    `${at('slack.inviteUrl')}"http://chat.example.org/join" does not use https. Use a full https URL, such as "https://example.slack.com/join".`
  ],
  [
    'a URL with a user name',
    (c) => (c.slack.inviteUrl = 'https://chat.example.org@evil.example/'),
    `${at('slack.inviteUrl')}"https://chat.example.org@evil.example/" has a user name before "@", which hides the real host from readers. Use a full https URL, such as "https://example.slack.com/join".`
  ],
  [
    'a URL with a user name and password',
    (c) => (c.project.repository = 'https://a:b@git.example.org/example'),
    `${at('project.repository')}"https://a:b@git.example.org/example" has a user name before "@", which hides the real host from readers. Use a full https URL, such as "https://github.com/owner/project".`
  ],
  [
    'a malformed site URL',
    (c) => (c.site.url = 'docs.example.org'),
    `${at('site.url')}"docs.example.org" is not a valid URL. Use a full https URL, such as "https://community.example.org".`
  ],
  [
    'a missing project repository',
    (c) => delete (c.project as Partial<Community['project']>).repository,
    `${at('project.repository')}is missing. Add an https URL, such as "https://github.com/owner/project".`
  ],
  [
    'an edit repository without a branch',
    (c) =>
      (c.site.repository = { url: 'https://git.example.org/site', branch: '' }),
    `${at('site.repository.branch')}is empty. Write text, such as "main".`
  ],
  [
    'no contacts',
    (c) => (c.contacts = []),
    `${at('contacts')}must list at least one contact.`
  ],
  [
    'a contact without a name',
    (c) => delete (c.contacts[0] as Partial<Community['contacts'][0]>).name,
    `${at('contacts[0].name')}is missing. Add text, such as "Ada Lovelace".`
  ],
  [
    'an unknown time zone',
    (c) => (c.contacts[0]!.timeZone = 'Mars/Olympus_Mons'),
    `${at('contacts[0] ("Ada Example").timeZone')}"Mars/Olympus_Mons" is not a known IANA time zone. Use one such as "Europe/Berlin".`
  ],
  [
    'an empty language',
    (c) => (c.contacts[0]!.languages = ['English', '']),
    `${at('contacts[0] ("Ada Example").languages[1]')}is empty. Write text, such as "English".`
  ],
  [
    'a language tag that is not valid',
    (c) => (c.lang = 'english'),
    `${at('lang')}"english" is not a canonical BCP 47 language tag. Write a tag such as "en-US" or "de".`
  ],
  [
    'a language tag that is not canonical',
    (c) => (c.lang = 'EN_us'),
    `${at('lang')}"EN_us" is not a canonical BCP 47 language tag. Write a tag such as "en-US" or "de".`
  ],
  [
    'a language tag in the wrong case',
    (c) => (c.lang = 'en-us'),
    `${at('lang')}"en-us" is not a canonical BCP 47 language tag. Write "en-US".`
  ],
  [
    'an empty what-to-include list',
    (c) => (c.reporting.whatToInclude = []),
    `${at('reporting.whatToInclude')}must list at least one item.`
  ],
  [
    'a missing what-to-include list',
    (c) =>
      delete (c.reporting as Partial<Community['reporting']>).whatToInclude,
    `${at('reporting.whatToInclude')}is missing. Add a list.`
  ],
  [
    'a report flag that is not a boolean',
    (c) =>
      ((c.reporting as { slackReportMessage: unknown }).slackReportMessage =
        'yes'),
    `${at('reporting.slackReportMessage')}must be true or false.`
  ],
  ...(
    [
      ['a malformed report email', 'moderators at example.org'],
      [
        'a report email that copies someone',
        'mods@example.org?cc=x%40evil.example'
      ],
      ['a report email with an escape', 'mods%40evil.example@example.org'],
      ['a report email with a name', 'Mods <mods@example.org>'],
      [
        'a report email with a newline',
        'mods@example.org\nBcc: x@evil.example'
      ],
      ['a report email with a trailing space', 'mods@example.org '],
      ['a report email without a domain', 'mods@localhost']
    ] as const
  ).map(([name, email]): [string, Edit, string] => [
    name,
    (c) => (c.reporting.email = email),
    `${at('reporting.email')}"${email}" is not a bare email address. Write the address alone, such as "moderators@example.org", with no "?", "%", spaces or name.`
  ]),
  [
    'a duplicate resource URL',
    (c) => (c.resources[1]!.url = c.resources[0]!.url),
    `${at('resources[1] ("Example forum").url')}"https://docs.example.org/guide" is already used by resources[0]. Give each resource its own url.`
  ],
  [
    'a duplicate resource id',
    (c) => (c.resources[1]!.id = 'guide'),
    `${at('resources[1] ("Example forum").id')}"guide" is already used by resources[0]. Give each resource its own id.`
  ],
  [
    'a resource id that is not kebab-case',
    (c) => (c.resources[0]!.id = 'Our Docs'),
    `${at('resources[0] ("Example guide").id')}"Our Docs" is not kebab-case. Use lower-case words joined by "-", such as "github-issues".`
  ],
  [
    'an unknown resource kind',
    (c) => ((c.resources[0] as { kind: string }).kind = 'blog'),
    `${at('resources[0] ("Example guide").kind')}"blog" is not one we know. Use one of docs, issues, archive, qa, chat, repository.`
  ],
  [
    "a rule card's enforcement sentence without its link",
    (c) =>
      (c.translations = {
        texts: {
          ...englishTexts,
          ruleCard: {
            ...englishTexts.ruleCard,
            enforcement: 'Moderators usually respond in steps.'
          }
        },
        locales: {}
      }),
    `${at('translations.texts.ruleCard.enforcement')}"Moderators usually respond in steps." has no "{step}". Write "{step}" where the link to the enforcement step goes.`
  ],
  [
    "a translation's accessibility issue form without its link",
    (c) =>
      (c.translations = {
        texts: {
          ...englishTexts,
          accessibilityFeedback: {
            ...englishTexts.accessibilityFeedback,
            issue: '{title} in the repository.'
          }
        },
        locales: {}
      }),
    `${at('translations.texts.accessibilityFeedback.issue')}"{title} in the repository." has no "{link}". Write "{link}" where the link to the issue form goes.`
  ],
  [
    'a translation without a resource kind label',
    (c) =>
      (c.translations = {
        texts: {
          ...englishTexts,
          resourceKinds: { ...englishTexts.resourceKinds, qa: '' }
        },
        locales: {}
      }),
    `${at('translations.texts.resourceKinds.qa')}is empty. Write text, such as "${englishTexts.resourceKinds.qa}".`
  ],
  [
    'a resource without a group',
    (c) => delete (c.resources[0] as Partial<Community['resources'][0]>).group,
    `${at('resources[0] ("Example guide").group')}is missing. Use one of before-you-ask, talk-to-us.`
  ]
]

describe('the community config', () => {
  test('the shipped config is valid', () => {
    expect(() => validateCommunity(structuredClone(community))).not.toThrow()
  })

  test('the fixture config is valid', () => {
    expect(problemsOf(() => undefined)).toEqual([])
  })

  test.each(badInputs)('%s fails, naming the field', (_name, edit, message) => {
    expect(problemsOf(edit)).toEqual([message])
  })

  test('an empty contact lists each missing field', () => {
    expect(
      problemsOf((c) => (c.contacts = [{} as Community['contacts'][0]]))
    ).toEqual([
      `${at('contacts[0].name')}is missing. Add text, such as "Ada Lovelace".`,
      `${at('contacts[0].profileUrl')}is missing. Add an https URL, such as "https://github.com/name".`,
      `${at('contacts[0].role')}is missing. Add text, such as "Moderator".`
    ])
  })

  test('the error is a content error that names the first field and lists the rest', () => {
    const config = validCommunity()
    config.name = ''
    config.slack.inviteUrl = 'ftp://example.org'
    let thrown: unknown
    try {
      validateCommunity(config)
    } catch (error) {
      thrown = error
    }
    expect(isContentError(thrown)).toBe(true)
    expect((thrown as Error).message).toBe(
      `${at('name')}is empty. Write text, such as "Example Community". More problems:\n` +
        `  - ${at('slack.inviteUrl')}"ftp://example.org" does not use https. Use a full https URL, such as "https://example.slack.com/join".\n`
    )
  })
})
