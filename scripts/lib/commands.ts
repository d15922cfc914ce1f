/**
 * What each script under scripts/ takes on its command line, as Node's
 * `parseArgs` options; its header comment is its `--help`. One table, read by
 * the scripts (lib/command-line.ts) and by the unit test that checks every
 * script's command line without running the script's real work.
 */
import type { Command } from './command-line'

const none = {}
/** A build written elsewhere (`vitepress build --outDir`). */
const builtSite = { dir: { type: 'string' } } as const

export const commands = {
  adopt: { script: 'scripts/adopt.ts', options: { yes: { type: 'boolean' } } },
  bench: {
    script: 'scripts/bench/index.ts',
    options: {
      runs: { type: 'string', default: '3' },
      'build-runs': { type: 'string', default: '3' },
      pages: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false }
    }
  },
  buildForTests: { script: 'scripts/build-for-tests.ts', options: none },
  buildOtherCommunity: {
    script: 'scripts/build-other-community.ts',
    options: none
  },
  checkBudget: {
    script: 'scripts/check-budget.ts',
    options: {
      dist: { type: 'string', default: '.vitepress/dist' },
      budgets: { type: 'string', default: 'budgets.json' }
    }
  },
  checkExternalLinks: {
    script: 'scripts/check-external-links.ts',
    options: builtSite
  },
  checkBuild: { script: 'scripts/check-build.ts', options: builtSite },
  ensureBrowser: { script: 'scripts/ensure-browser.ts', options: none },
  lintContent: { script: 'scripts/lint-content.ts', options: none },
  lintPages: { script: 'scripts/lint-pages.ts', options: none },
  policyAnnounce: {
    script: 'scripts/policy-announce.ts',
    options: {
      since: { type: 'string' },
      until: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'both' }
    }
  },
  postToSlack: {
    script: 'scripts/post-to-slack.ts',
    options: none,
    positionals: true
  },
  screenshots: {
    script: 'scripts/screenshots.ts',
    options: {
      url: { type: 'string' },
      out: { type: 'string', default: 'screenshots' }
    }
  },
  serve: {
    script: 'scripts/serve.ts',
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      dir: { type: 'string', default: '.vitepress/dist' },
      mount: { type: 'string', multiple: true, default: [] },
      precompressed: { type: 'boolean', default: false }
    }
  },
  slackWelcome: {
    script: 'scripts/slack-welcome.ts',
    options: {
      format: { type: 'string', default: 'both' },
      lang: { type: 'string' }
    }
  },
  test: { script: 'scripts/test.ts', options: none },
  translationsStatus: {
    script: 'scripts/translations-status.ts',
    options: none
  },
  updatePermalinks: { script: 'scripts/update-permalinks.ts', options: none }
} as const satisfies Record<string, Command>
