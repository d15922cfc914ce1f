import { defineCommunity } from './community/define'

const slackInviteUrl = 'https://prefect.io/slack'
const projectRepository = 'https://github.com/PrefectHQ/prefect'

/**
 * The community facts: the one file another community edits to adopt this
 * site (with the Markdown in `docs/`). Pages, components and the site config
 * read these values; none of them keeps a copy.
 *
 * Leave an optional field out when the fact is not known. Never guess an
 * address or a person: the pages show only the routes that exist.
 */
export const community = defineCommunity({
  name: 'Prefect',
  description:
    'How the Prefect community works: where to get help, the Slack rules, and the code of conduct that keeps it welcoming.',
  lang: 'en-US',

  site: {
    // The old community pages were served from docs.prefect.io/core/.
    url: 'https://docs.prefect.io'
    // repository: where this site's Markdown lives, for "Edit this page".
    // Not known yet; CI fills it in from GitHub's own variables instead.
  },

  project: {
    name: 'Prefect',
    repository: projectRepository
  },

  slack: {
    inviteUrl: slackInviteUrl
  },

  contacts: [
    {
      name: 'Chris White',
      profileUrl: 'https://github.com/cicdw',
      role: 'Main point of contact for the Prefect repository'
      // timeZone and languages are not known yet.
    }
  ],

  reporting: {
    // No report address is published yet; add `email` when there is one.
    slackReportMessage: true,
    slackModerators: 'a member of the Prefect team',
    whatToInclude: [
      'What happened, in your own words.',
      'Where and when it happened, with a link to the message or thread if there is one. Screenshots help, as messages can be edited or deleted.',
      'Who was involved, and who else saw it.',
      'Anything else we should know, for example whether it is still going on.'
    ],
    responseTimes: {
      acknowledgement: 'within 2 working days',
      decision: 'within 2 weeks'
    }
  },

  resources: [
    {
      id: 'slack-archive',
      title: 'Previous Slack threads',
      url: 'https://github.com/PrefectHQ/prefect/issues?q=is%3Aopen+is%3Aissue+label%3A%22Prefect+Slack+Community%22',
      description:
        'Useful Slack threads, archived as GitHub issues so they stay searchable.',
      kind: 'archive',
      group: 'before-you-ask'
    },
    {
      id: 'documentation',
      title: 'Prefect documentation',
      url: 'https://docs.prefect.io/core/development/documentation.html',
      description: 'Guides, concepts and the API reference.',
      kind: 'docs',
      group: 'before-you-ask'
    },
    {
      id: 'github-issues',
      title: 'GitHub issues',
      url: 'https://github.com/PrefectHQ/prefect/issues',
      description: 'Known bugs and feature requests, open and closed.',
      kind: 'issues',
      group: 'before-you-ask'
    },
    {
      id: 'stack-overflow',
      title: 'Stack Overflow',
      url: 'https://stackoverflow.com/questions/tagged/prefect',
      description: 'Questions and answers tagged "prefect".',
      kind: 'qa',
      group: 'before-you-ask'
    },
    {
      id: 'slack',
      title: 'Prefect Slack',
      url: slackInviteUrl,
      description: 'Chat with the community, ask questions and share tips.',
      kind: 'chat',
      group: 'talk-to-us'
    },
    {
      id: 'repository',
      title: 'Prefect on GitHub',
      url: projectRepository,
      description: 'The source code: report a bug or propose a change.',
      kind: 'repository',
      group: 'talk-to-us'
    }
  ]
})
