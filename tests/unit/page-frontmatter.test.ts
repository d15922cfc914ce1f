import { describe, expect, test } from 'vitest'
import {
  checkPageFrontmatter,
  PageLintError,
  readPolicyFrontmatter
} from '../../.vitepress/policy/frontmatter'

const page = (frontmatter: string, body = '# Title\n') =>
  `---\n${frontmatter}\n---\n\n${body}`

const validPolicy = [
  'title: Slack rules',
  'description: Seven short rules.',
  "version: '1.1'",
  "effectiveDate: '2026-12-01'",
  'changelog:',
  "  - version: '1.1'",
  "    date: '2026-12-01'",
  '    summary: Adds a rule about bots.',
  "  - version: '1.0'",
  "    date: '2026-11-25'",
  '    summary: First version.'
]

/** The valid policy frontmatter with one line replaced (or removed, with null). */
function policyWith(line: number, replacement: string | null): string {
  const lines = [...validPolicy]
  if (replacement === null) lines.splice(line, 1)
  else lines[line] = replacement
  return page(lines.join('\n'))
}

describe('page frontmatter', () => {
  test('a page with a title and a description passes', () => {
    expect(
      checkPageFrontmatter(
        'docs/community.md',
        page('title: Community guide\ndescription: How to get help.'),
        { policy: false }
      )
    ).toEqual([])
  })

  test('a valid policy page passes', () => {
    expect(
      checkPageFrontmatter(
        'docs/slack-rules.md',
        page(validPolicy.join('\n')),
        {
          policy: true
        }
      )
    ).toEqual([])
  })

  const badPages: {
    name: string
    source: string
    policy: boolean
    problems: string[]
  }[] = [
    {
      name: 'a page without frontmatter',
      source: '# Community guide\n',
      policy: false,
      problems: [
        'docs/page.md:1: the page has no frontmatter. Start it with a block between two "---" lines holding its title and description.'
      ]
    },
    {
      name: 'a page without a title',
      source: page('description: How to get help.'),
      policy: false,
      problems: [
        'docs/page.md:1: the frontmatter has no "title". Every page needs a title: the browser tab and search results show it.'
      ]
    },
    {
      name: 'a page without a description',
      source: page('title: Community guide'),
      policy: false,
      problems: [
        'docs/page.md:1: the frontmatter has no "description". Every page needs a one-sentence description: search engines and link previews in Slack show it.'
      ]
    },
    {
      name: 'an empty title, on its own line',
      source: page("description: How to get help.\ntitle: ''"),
      policy: false,
      problems: ['docs/page.md:3: "title" must not be empty; found "".']
    },
    {
      name: 'frontmatter that is not YAML',
      source: page('title: [Community guide\ndescription: x'),
      policy: false,
      problems: [
        'docs/page.md:3: the frontmatter is not valid YAML: missed comma between flow collection entries.'
      ]
    },
    {
      name: 'a policy page without a version',
      source: policyWith(2, null),
      policy: true,
      problems: [
        'docs/page.md:1: the frontmatter has no "version". A policy page needs one, such as version: \'1.1\'.'
      ]
    },
    {
      name: 'a policy page without an effective date',
      source: policyWith(3, null),
      policy: true,
      problems: [
        'docs/page.md:1: the frontmatter has no "effectiveDate". A policy page needs the date its version takes effect, such as effectiveDate: \'2026-11-25\'.'
      ]
    },
    {
      name: 'a version written as a number',
      source: policyWith(2, 'version: 1.1'),
      policy: true,
      problems: [
        'docs/page.md:4: "version" must be text in quotes, such as version: \'1.1\'; found 1.1 (a number).'
      ]
    },
    {
      name: 'an effective date in another format',
      source: policyWith(3, "effectiveDate: '01/12/2026'"),
      policy: true,
      problems: [
        `docs/page.md:5: "effectiveDate" must be a date written YYYY-MM-DD, such as '2026-11-25'; found "01/12/2026".`
      ]
    },
    {
      name: 'an effective date that does not exist',
      source: policyWith(3, "effectiveDate: '2026-02-30'"),
      policy: true,
      problems: [
        `docs/page.md:5: "effectiveDate" must be a date written YYYY-MM-DD, such as '2026-11-25'; found "2026-02-30".`
      ]
    },
    {
      name: 'a policy page without a changelog',
      source: page(validPolicy.slice(0, 4).join('\n')),
      policy: true,
      problems: [
        'docs/page.md:1: the frontmatter has no "changelog". A policy page lists each version, newest first, with its version, date and summary.'
      ]
    },
    {
      name: 'a new version without a changelog entry',
      source: policyWith(2, "version: '1.2'"),
      policy: true,
      problems: [
        `docs/page.md:4: version '1.2' has no changelog entry: the newest entry (the first) is '1.1'. Add an entry for '1.2' at the top of "changelog".`
      ]
    },
    {
      name: 'an effective date that differs from the newest entry',
      source: policyWith(3, "effectiveDate: '2026-12-02'"),
      policy: true,
      problems: [
        `docs/page.md:5: effectiveDate '2026-12-02' differs from the date of changelog entry '1.1' ('2026-12-01'). They must be the same day.`
      ]
    },
    {
      name: 'a changelog entry without a summary',
      source: policyWith(10, null),
      policy: true,
      problems: [
        'docs/page.md:10: the frontmatter has no "changelog[1].summary".'
      ]
    },
    {
      name: 'a changelog entry with a bad date',
      source: policyWith(9, '    date: yesterday'),
      policy: true,
      problems: [
        `docs/page.md:11: "changelog[1].date" must be a date written YYYY-MM-DD, such as '2026-11-25'; found "yesterday".`
      ]
    },
    {
      name: 'a changelog entry that is not a list of fields',
      source: page(
        [...validPolicy.slice(0, 8), '  - Fixed a typo.'].join('\n')
      ),
      policy: true,
      problems: [
        'docs/page.md:10: "changelog[1]" must be a list of "key: value" lines; found "Fixed a typo.".'
      ]
    },
    {
      name: 'an unknown key, and a head that would add tags to the page',
      source: page(
        'title: A\ndescription: B\nhead:\n  - - meta\n    - http-equiv: refresh\ntitleTemplate: x'
      ),
      policy: false,
      problems: [
        `docs/page.md:4: "head" is not allowed in frontmatter: the tags in a page's head (link previews, icons) come only from the site's code.`,
        'docs/page.md:7: "titleTemplate" is not a frontmatter key this site supports; the keys are listed in .vitepress/content/page-schema.ts.'
      ]
    },
    {
      name: 'HTML in a hero text (shown with v-html) and a javascript: link',
      source: page(
        'title: A\ndescription: B\nlayout: home\nhero:\n  name: <img src=x onerror=alert(1)>\n  actions:\n    - text: Go\n      link: " JaVa\\tscript:alert(1)"'
      ),
      policy: false,
      problems: [
        'docs/page.md:6: "hero.name" must be plain text: "<" is not allowed; found "<img src=x onerror=alert(1)>".',
        'docs/page.md:9: "hero.actions[0].link" is not an allowed link: the javascript: scheme is not allowed; links may use http:, https:, mailto: or a path on this site; found " JaVa\tscript:alert(1)".'
      ]
    },
    {
      name: 'frontmatter that gray-matter would run as JavaScript',
      source:
        '---js\n{ title: require("child_process").execSync("id") }\n---\n',
      policy: false,
      problems: [
        'docs/page.md:1: frontmatter in "js" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.'
      ]
    },
    {
      name: 'an unknown key after a byte-order mark',
      source: '\uFEFF' + page('title: A\ndescription: B\nhead: []'),
      policy: false,
      problems: [
        `docs/page.md:4: "head" is not allowed in frontmatter: the tags in a page's head (link previews, icons) come only from the site's code.`
      ]
    },
    {
      name: 'an effective date without quotes (YAML makes it a date)',
      source: policyWith(3, 'effectiveDate: 2026-12-01'),
      policy: true,
      problems: [
        `docs/page.md:5: "effectiveDate" must be a date written YYYY-MM-DD in quotes, such as '2026-11-25'; found 2026-12-01 (a date).`
      ]
    }
  ]

  test.each(badPages)('$name fails, naming the file and line', (bad) => {
    expect(
      checkPageFrontmatter('docs/page.md', bad.source, { policy: bad.policy })
    ).toEqual(bad.problems)
  })

  test('a page that is not a policy needs no version', () => {
    expect(
      checkPageFrontmatter('docs/page.md', page('title: A\ndescription: B'), {
        policy: false
      })
    ).toEqual([])
  })

  test('every problem of a page is reported at once', () => {
    expect(
      checkPageFrontmatter('docs/slack-rules.md', page('layout: doc'), {
        policy: true
      }).map((problem) => problem.split(': the frontmatter has no ')[1])
    ).toEqual([
      expect.stringMatching(/^"title"/),
      expect.stringMatching(/^"description"/),
      expect.stringMatching(/^"version"/),
      expect.stringMatching(/^"effectiveDate"/),
      expect.stringMatching(/^"changelog"/)
    ])
  })
})

describe('readPolicyFrontmatter', () => {
  test('returns the version, effective date and changelog', () => {
    expect(
      readPolicyFrontmatter('docs/slack-rules.md', page(validPolicy.join('\n')))
    ).toEqual({
      version: '1.1',
      effectiveDate: '2026-12-01',
      changelog: [
        {
          version: '1.1',
          date: '2026-12-01',
          summary: 'Adds a rule about bots.'
        },
        { version: '1.0', date: '2026-11-25', summary: 'First version.' }
      ]
    })
  })

  test('throws every problem, naming the file', () => {
    expect(() =>
      readPolicyFrontmatter('docs/slack-rules.md', policyWith(2, null))
    ).toThrow(
      new PageLintError([
        'docs/slack-rules.md:1: the frontmatter has no "version". A policy page needs one, such as version: \'1.1\'.'
      ])
    )
  })
})
