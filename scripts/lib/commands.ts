/**
 * What each script under scripts/ takes on its command line, and what its
 * `--help` says: one table, read by the scripts (lib/command-line.ts) and by
 * the unit test that checks every script's help and mistakes without
 * running the script's real work.
 */
import { messageFormats } from '../../.vitepress/slack/message-output'
import type { CommandSpec, OptionSpec } from './command-line'

/** The `--dir` option of the scripts that read the build. */
const builtSiteOptions = {
  dir: {
    type: 'string',
    value: '<folder>',
    description:
      "A build written elsewhere (vitepress build --outDir); without it, the config's output folder."
  }
} as const

/** A script's entry: the file it is for, and its command line. */
type Entry = CommandSpec<Record<string, OptionSpec>> & { script: string }

export const commands = {
  adopt: {
    script: 'scripts/adopt.ts',
    usage: 'npm run adopt [-- --yes]',
    summary:
      "Resets the files that hold the previous community's published history, so that this site can serve another community. Without --yes it only says what it would do.",
    options: {
      yes: { type: 'boolean', description: 'Reset the files.' }
    }
  },
  bench: {
    script: 'scripts/bench/index.ts',
    usage: 'npm run bench [-- --runs <n>] [--pages <list>] [--no-lighthouse]',
    summary:
      'Builds the site and two references from the same Markdown, and measures what a first visit of each page downloads and its Lighthouse figures. Slow: minutes.',
    options: {
      runs: {
        type: 'string',
        default: '3',
        value: '<n>',
        description: 'Lighthouse runs per page and site.'
      },
      'build-runs': {
        type: 'string',
        default: '3',
        value: '<n>',
        description: 'Builds of ours and of stock, for the build time.'
      },
      pages: {
        type: 'string',
        value: '<list>',
        description: 'Only these pages, by URL path: /,/slack-rules'
      },
      'no-lighthouse': {
        type: 'boolean',
        default: false,
        description: 'Bytes and requests only.'
      },
      out: {
        type: 'string',
        default: '.bench/results.json',
        value: '<file>',
        description: 'Where the JSON goes.'
      }
    }
  },
  buildForTests: {
    script: 'scripts/build-for-tests.ts',
    usage: 'tsx scripts/build-for-tests.ts',
    summary:
      'Builds what the end-to-end tests run against: the published site, a preview build and the fixture community, as npm test does.',
    options: {}
  },
  buildOtherCommunity: {
    script: 'scripts/build-other-community.ts',
    usage: 'tsx scripts/build-other-community.ts',
    summary:
      'Builds the fixture community (tests/fixtures/other-community) as an adopter would, in a throwaway copy of this site.',
    options: {}
  },
  checkBudget: {
    script: 'scripts/check-budget.ts',
    usage: 'tsx scripts/check-budget.ts [--dist <folder>] [--budgets <file>]',
    summary:
      'Measures every page of the build against the budgets file, and fails with a line per page and resource type that is over its budget.',
    options: {
      dist: {
        type: 'string',
        default: '.vitepress/dist',
        value: '<folder>',
        description: 'The built site.'
      },
      budgets: {
        type: 'string',
        default: 'budgets.json',
        value: '<file>',
        description: 'The budgets.'
      }
    }
  },
  checkExternalLinks: {
    script: 'scripts/check-external-links.ts',
    usage: 'npm run check:external [-- --dir <folder>]',
    summary:
      'Asks each external URL in the built site whether it still answers. Needs the network; exits 2 without one.',
    options: builtSiteOptions
  },
  checkHtml: {
    script: 'scripts/check-html.ts',
    usage:
      'npm run check:build (or tsx scripts/check-html.ts [--dir <folder>])',
    summary:
      "Validates every built page with html-validate and the project's .htmlvalidate.mjs. Run it after npm run build.",
    options: builtSiteOptions
  },
  checkLinks: {
    script: 'scripts/check-links.ts',
    usage:
      'npm run check:build (or tsx scripts/check-links.ts [--dir <folder>])',
    summary:
      'Checks every internal link and #fragment in the built site. Run it after npm run build.',
    options: builtSiteOptions
  },
  ensureBrowser: {
    script: 'scripts/ensure-browser.ts',
    usage: 'tsx scripts/ensure-browser.ts',
    summary:
      'Makes sure a Chromium exists for the end-to-end tests, installing one if needed.',
    options: {}
  },
  lintContent: {
    script: 'scripts/lint-content.ts',
    usage: 'npm run lint:content',
    summary:
      'Lists every problem the build would stop at in docs/ and public/, with file, line and reason.',
    options: {}
  },
  lintPages: {
    script: 'scripts/lint-pages.ts',
    usage: 'tsx scripts/lint-pages.ts (part of npm run lint:docs)',
    summary:
      'Checks the frontmatter of every page and, on policy pages, version, effectiveDate and changelog.',
    options: {}
  },
  policyAnnounce: {
    script: 'scripts/policy-announce.ts',
    usage:
      'npm run policy:announce -- --since <ref> [--until <ref>] [--format both|mrkdwn|json]',
    summary:
      'Prints the Slack announcement of what changed in the policy pages between two git refs: new versions, effective dates, and the rules added, removed, renamed or reworded. Prints nothing when no policy version changed.',
    options: {
      since: {
        type: 'string',
        value: '<ref>',
        description: 'The git ref to compare with, such as HEAD~1 or v1.0.'
      },
      until: {
        type: 'string',
        default: 'HEAD',
        value: '<ref>',
        description: 'The git ref of the new text.'
      },
      format: {
        type: 'string',
        default: 'both',
        value: messageFormats.join('|'),
        description: 'mrkdwn text, Block Kit JSON, or both.'
      }
    }
  },
  postToSlack: {
    script: 'scripts/post-to-slack.ts',
    usage: 'SLACK_WEBHOOK_URL=… tsx scripts/post-to-slack.ts <message.json>',
    summary:
      'Posts a Slack message (the JSON that policy:announce or slack:welcome prints with --format json) to the incoming webhook in SLACK_WEBHOOK_URL. An empty file posts nothing.',
    options: {},
    positionals: '<message.json>'
  },
  screenshots: {
    script: 'scripts/screenshots.ts',
    usage: 'npm run screenshots [-- --url <url>] [--out <folder>]',
    summary:
      'Takes screenshots of the built site in light, dark and phone widths, for a reviewer to look at.',
    options: {
      url: {
        type: 'string',
        value: '<url>',
        description: 'A running site; without it, .vitepress/dist is served.'
      },
      out: {
        type: 'string',
        default: 'screenshots',
        value: '<folder>',
        description: 'Where the PNG files go.'
      },
      port: {
        type: 'string',
        default: '4190',
        value: '<port>',
        description: 'The port to serve .vitepress/dist on, without --url.'
      }
    }
  },
  serve: {
    script: 'scripts/serve.ts',
    usage:
      'tsx scripts/serve.ts [--port <port>] [--dir <folder>] [--mount /base/=<folder>] [--precompressed]',
    summary:
      'Serves a built site on 127.0.0.1 as a static host would: clean URLs, the 404 page, and the headers of its _headers file.',
    options: {
      port: {
        type: 'string',
        default: process.env.PORT ?? '4173',
        value: '<port>',
        description: '0 takes a free port; the line printed names the URL.'
      },
      dir: {
        type: 'string',
        default: '.vitepress/dist',
        value: '<folder>',
        description: 'The build to serve at /.'
      },
      mount: {
        type: 'string',
        multiple: true,
        default: [],
        value: '/base/=<folder>',
        description: 'Also serve a build under a path; may be repeated.'
      },
      precompressed: {
        type: 'boolean',
        default: false,
        description: 'Send the .br or .gz file beside each file.'
      }
    }
  },
  slackWelcome: {
    script: 'scripts/slack-welcome.ts',
    usage:
      'npm run slack:welcome [-- --format both|mrkdwn|json] [--lang <key>]',
    summary:
      "Prints the Slack workspace's welcome message, built from the community config and the rules, as mrkdwn text and as Block Kit JSON.",
    options: {
      format: {
        type: 'string',
        default: 'both',
        value: messageFormats.join('|'),
        description: 'mrkdwn text, Block Kit JSON, or both.'
      },
      lang: {
        type: 'string',
        value: '<key>',
        description: "A translation's key, such as ar: the message in it."
      }
    }
  },
  test: {
    script: 'scripts/test.ts',
    usage: 'npm test',
    summary:
      'Runs every check in order and ends with one line: N passed, N failed.',
    options: {}
  },
  translationsStatus: {
    script: 'scripts/translations-status.ts',
    usage: 'npm run translations:status',
    summary:
      'Prints a Markdown table of the pages each locale has translated: current, stale (since when, how many commits) or missing.',
    options: {}
  },
  updatePermalinks: {
    script: 'scripts/update-permalinks.ts',
    usage: 'npm run permalinks:update',
    summary:
      'Adds the URLs of new pages, rules, short links and redirects to permalinks.json. It never removes one.',
    options: {}
  }
} as const satisfies Record<string, Entry>
