import { describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import type { Community } from '../../.vitepress/community/types'
import {
  CommunityConfigError,
  validateCommunity
} from '../../.vitepress/community/validate'
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
    if (error instanceof CommunityConfigError) return error.problems
    throw error
  }
  return []
}

describe('the community config', () => {
  test('the shipped config and the fixture are valid', () => {
    expect(() => validateCommunity(structuredClone(community))).not.toThrow()
    expect(() => validateCommunity(validCommunity())).not.toThrow()
  })

  const badInputs: {
    name: string
    edit: (config: Community) => void
    problem: string
  }[] = [
    {
      name: 'an empty community name',
      edit: (c) => (c.name = ' '),
      problem: 'name: must be a non-empty string'
    },
    {
      name: 'a Slack invite that is not https',
      edit: (c) => (c.slack.inviteUrl = 'http://chat.example.org/join'),
      problem: 'slack.inviteUrl: must use https: "http://chat.example.org/join"'
    },
    {
      name: 'a malformed site URL',
      edit: (c) => (c.site.url = 'docs.example.org'),
      problem: 'site.url: is not a valid URL: "docs.example.org"'
    },
    {
      name: 'a missing project repository',
      edit: (c) =>
        delete (c.project as Partial<Community['project']>).repository,
      problem: 'project.repository: is missing'
    },
    {
      name: 'an edit repository without a branch',
      edit: (c) =>
        (c.site.repository = {
          url: 'https://github.com/example/site',
          branch: ''
        }),
      problem: 'site.repository.branch: must be a non-empty string'
    },
    {
      name: 'no contacts',
      edit: (c) => (c.contacts = []),
      problem: 'contacts: must list at least one contact'
    },
    {
      name: 'a contact without a name',
      edit: (c) =>
        delete (c.contacts[0] as Partial<Community['contacts'][number]>).name,
      problem: 'contacts[0].name: is missing'
    },
    {
      name: 'a contact profile that is not https',
      edit: (c) =>
        (c.contacts[0]!.profileUrl = 'http://github.example.org/ada'),
      problem:
        'contacts[0] ("Ada Example").profileUrl: must use https: "http://github.example.org/ada"'
    },
    {
      name: 'a contact with an empty role',
      edit: (c) => (c.contacts[0]!.role = ''),
      problem: 'contacts[0] ("Ada Example").role: must be a non-empty string'
    },
    {
      name: 'an unknown time zone',
      edit: (c) => (c.contacts[0]!.timeZone = 'Mars/Olympus_Mons'),
      problem:
        'contacts[0] ("Ada Example").timeZone: "Mars/Olympus_Mons" is not a known IANA time zone, such as "Europe/Berlin"'
    },
    {
      name: 'an empty language',
      edit: (c) => (c.contacts[0]!.languages = ['English', '']),
      problem:
        'contacts[0] ("Ada Example").languages[1]: must be a non-empty string'
    },
    {
      name: 'a missing what-to-include list',
      edit: (c) =>
        delete (c.reporting as Partial<Community['reporting']>).whatToInclude,
      problem: 'reporting.whatToInclude: is missing'
    },
    {
      name: 'an empty what-to-include list',
      edit: (c) => (c.reporting.whatToInclude = []),
      problem: 'reporting.whatToInclude: must list at least one item'
    },
    {
      name: 'an empty what-to-include item',
      edit: (c) => (c.reporting.whatToInclude[1] = ' '),
      problem: 'reporting.whatToInclude[1]: must be a non-empty string'
    },
    {
      name: 'a malformed report email',
      edit: (c) => (c.reporting.email = 'moderators at example.org'),
      problem:
        'reporting.email: "moderators at example.org" is not an email address'
    },
    {
      name: 'a missing response time',
      edit: (c) => (c.reporting.responseTimes.decision = ''),
      problem: 'reporting.responseTimes.decision: must be a non-empty string'
    },
    {
      name: 'a resource without a description',
      edit: (c) =>
        delete (c.resources[1] as Partial<Community['resources'][number]>)
          .description,
      problem: 'resources[1] ("Example forum").description: is missing'
    },
    {
      name: 'a resource without a URL',
      edit: (c) =>
        delete (c.resources[2] as Partial<Community['resources'][number]>).url,
      problem: 'resources[2] ("Example chat").url: is missing'
    },
    {
      name: 'a resource without a kind',
      edit: (c) =>
        delete (c.resources[2] as Partial<Community['resources'][number]>).kind,
      problem: 'resources[2] ("Example chat").kind: is missing'
    },
    {
      name: 'a resource URL that is not https',
      edit: (c) =>
        (c.resources[1]!.url = 'http://www.forum.example.org/c/help'),
      problem:
        'resources[1] ("Example forum").url: must use https: "http://www.forum.example.org/c/help"'
    },
    {
      name: 'a duplicate resource URL',
      edit: (c) => (c.resources[2]!.url = c.resources[1]!.url),
      problem: `resources[2] ("Example chat").url: "${exampleCommunity.resources[1]!.url}" is already listed by resources[1] ("Example forum")`
    },
    {
      name: 'a duplicate resource id',
      edit: (c) => (c.resources[2]!.id = 'forum'),
      problem:
        'resources[2] ("Example chat").id: "forum" is already used by resources[1] ("Example forum")'
    },
    {
      name: 'a resource id that is not kebab-case',
      edit: (c) => (c.resources[0]!.id = 'Slack Archive'),
      problem:
        'resources[0] ("Example guide").id: "Slack Archive" must be kebab-case, such as "github-issues"'
    },
    {
      name: 'an unknown resource kind',
      edit: (c) => ((c.resources[0] as { kind: string }).kind = 'blog'),
      problem:
        'resources[0] ("Example guide").kind: "blog" is not one of docs, issues, archive, qa, chat, repository'
    },
    {
      name: 'an unknown resource group',
      edit: (c) => ((c.resources[0] as { group: string }).group = 'elsewhere'),
      problem:
        'resources[0] ("Example guide").group: "elsewhere" is not one of before-you-ask, talk-to-us'
    }
  ]

  test.each(badInputs)('$name fails, naming the field', ({ edit, problem }) => {
    expect(problemsOf(edit)).toEqual([problem])
  })

  test('an empty contact lists each missing field', () => {
    expect(
      problemsOf((c) => (c.contacts = [{} as Community['contacts'][number]]))
    ).toEqual([
      'contacts[0].name: is missing',
      'contacts[0].profileUrl: is missing',
      'contacts[0].role: is missing'
    ])
  })

  test('the error message names the file and lists every problem', () => {
    const config = validCommunity()
    config.name = ''
    config.slack.inviteUrl = 'ftp://example.org'
    expect(() => validateCommunity(config)).toThrow(
      '.vitepress/community.ts has 2 problems:\n' +
        '  - name: must be a non-empty string\n' +
        '  - slack.inviteUrl: must use https: "ftp://example.org"'
    )
  })
})
