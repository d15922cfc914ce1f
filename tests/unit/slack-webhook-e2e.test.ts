/**
 * End to end, without a browser: the scripts a maintainer and the deploy
 * workflow run (`slack:welcome`, `policy:announce`, `post-to-slack`) post
 * through the real `@slack/webhook` client to a local HTTP receiver standing
 * in for Slack, on 127.0.0.1 and a port the OS picks. The test checks the
 * JSON body Slack would receive.
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { community } from '../../.vitepress/community'
import { loadSiteModel } from '../../.vitepress/site/load'
import {
  postMessage,
  postMessageFile
} from '../../.vitepress/slack/post-message'
import { checkedWelcomeMessage } from '../../.vitepress/slack/welcome-message'
import {
  policyPage,
  policyRepo,
  type FixtureRule
} from './fixtures/policy-repo'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const tsx = join(projectRoot, 'node_modules/.bin/tsx')
const siteUrl = 'https://community.example'
const scratch = mkdtempSync(join(tmpdir(), 'slack-webhook-'))
const repo = policyRepo()

interface Received {
  path: string
  contentType?: string
  body: unknown
}
const received: Received[] = []
let server: Server
let hookUrl: string

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: JSON.parse(body)
      })
      // What Slack answers: "ok", or an error code such as invalid_blocks.
      const refuse = request.url?.endsWith('/refuse')
      response.writeHead(refuse ? 400 : 200, { 'content-type': 'text/plain' })
      response.end(refuse ? 'invalid_blocks' : 'ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  hookUrl = `http://127.0.0.1:${port}/services/T000/B000/secret-token`
})
afterAll(async () => {
  repo.remove()
  rmSync(scratch, { recursive: true, force: true })
  await new Promise((resolve) => server.close(resolve))
})

/** Runs a script; resolves with its output and exit code, never throws. */
async function run(
  script: string,
  args: string[],
  options: { cwd?: string; webhook?: string } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: siteUrl }
  delete env.SITE_BASE
  delete env.SLACK_WEBHOOK_URL
  if (options.webhook) env.SLACK_WEBHOOK_URL = options.webhook
  try {
    const { stdout, stderr } = await promisify(execFile)(
      tsx,
      [join(projectRoot, 'scripts', script), ...args],
      { cwd: options.cwd ?? projectRoot, env }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** Writes a message file, as the deploy workflow does. */
function messageFile(name: string, json: string): string {
  const file = join(scratch, name)
  writeFileSync(file, json)
  return file
}

const rule = (id: string, number: number): FixtureRule => ({
  id,
  number,
  title: `The ${id} rule`,
  summary: `What ${id} asks.`,
  body: `Why ${id} matters.`
})

describe('posting to Slack through @slack/webhook (local receiver)', () => {
  test('the welcome message arrives as Block Kit JSON', async () => {
    const printed = await run('slack-welcome.ts', ['--format', 'json'])
    expect(printed.code).toBe(0)
    const file = messageFile('welcome.json', printed.stdout)
    expect(await postMessageFile(hookUrl, file)).toBe(
      `Posted ${file} to Slack.`
    )

    const expected = checkedWelcomeMessage({
      community,
      model: loadSiteModel(siteUrl)
    })
    expect(received.at(-1)).toEqual({
      path: '/services/T000/B000/secret-token',
      contentType: 'application/json',
      body: {
        text: expected.text,
        blocks: expected.blocks,
        unfurl_links: false,
        unfurl_media: false
      }
    })
  }, 60_000)

  test('a policy announcement from a temporary repository arrives whole', async () => {
    const file = 'docs/slack-rules.md'
    const before = repo.commit({
      [file]: policyPage({ version: '3.0', rules: [rule('alpha', 1)] })
    })
    repo.commit({
      [file]: policyPage({
        version: '3.1',
        versions: ['3.1', '3.0'],
        date: '2032-04-05',
        rules: [
          { ...rule('alpha', 1), title: 'Alpha, renamed' },
          rule('beta', 2)
        ]
      })
    })
    const printed = await run(
      'policy-announce.ts',
      ['--since', before, '--format', 'json'],
      { cwd: repo.root }
    )
    expect(printed.stderr).toBe('')
    expect(printed.code).toBe(0)

    const count = received.length
    // Posted by the script the deploy workflow runs.
    const message = messageFile('announcement.json', printed.stdout)
    const posted = await run('post-to-slack.ts', [message], {
      webhook: hookUrl
    })
    expect(posted).toEqual({
      code: 0,
      stdout: `Posted ${message} to Slack.\n`,
      stderr: ''
    })
    expect(received).toHaveLength(count + 1)
    const { body } = received.at(-1)!
    expect(body).toEqual({
      ...(JSON.parse(printed.stdout) as object),
      unfurl_links: false,
      unfurl_media: false
    })
    const { text, blocks } = body as {
      text: string
      blocks: { type: string }[]
    }
    expect(blocks[0]).toEqual({
      type: 'header',
      text: {
        type: 'plain_text',
        text: 'Policy update: Fixture rules, version 3.1'
      }
    })
    expect(text).toContain('version 3.1 is in effect from')
    expect(text).toContain('It replaces version 3.0.')
    expect(text).toContain(
      `<${siteUrl}/r/beta|2. The beta rule>: What beta asks.`
    )
    expect(text).toContain(
      `<${siteUrl}/r/alpha|1. Alpha, renamed> (was “The alpha rule”)`
    )
  }, 60_000)

  test('nothing changed: no message, and nothing posted', async () => {
    const head = repo.commit({}, 'An empty commit')
    const printed = await run('policy-announce.ts', ['--since', head], {
      cwd: repo.root
    })
    expect(printed).toEqual({
      code: 0,
      stdout: '',
      stderr: `No policy version changed between ${head} and HEAD: nothing to announce.\n`
    })
    const count = received.length
    const file = messageFile('nothing.json', printed.stdout)
    expect(await postMessageFile(hookUrl, file)).toBe(
      `${file} is empty: nothing to post.`
    )
    expect(received).toHaveLength(count)
  }, 60_000)

  test("Slack's refusal fails the post with its answer, not the secret URL", async () => {
    const refusal = postMessage(`${hookUrl}/refuse`, { text: 'Hi', blocks: [] })
    await expect(refusal).rejects.toThrow(
      new Error('Slack refused the message: HTTP 400, "invalid_blocks".')
    )
  })

  const refusals = [
    {
      name: 'no SLACK_WEBHOOK_URL',
      webhook: '',
      error: 'SLACK_WEBHOOK_URL is not set.'
    },
    {
      name: 'a URL that is not one',
      webhook: 'hooks.slack.com/services/x',
      error:
        'SLACK_WEBHOOK_URL is not a URL. Copy the incoming webhook URL from the Slack app settings.'
    },
    {
      name: 'a plain http webhook on another host',
      webhook: 'http://hooks.slack.example/services/x',
      error:
        'SLACK_WEBHOOK_URL must be an https URL, such as the https://hooks.slack.com/services/… address Slack gives.'
    }
  ]
  test.each(refusals)('$name: nothing is sent', async ({ webhook, error }) => {
    const count = received.length
    await expect(
      postMessage(webhook, { text: 'Hi', blocks: [] })
    ).rejects.toThrow(new Error(error))
    expect(received).toHaveLength(count)
  })

  test("a message over Slack's limits is refused before it is sent", async () => {
    const count = received.length
    const blocks = Array.from({ length: 51 }, () => ({
      type: 'divider' as const
    }))
    await expect(postMessage(hookUrl, { text: 'Hi', blocks })).rejects.toThrow(
      "The message breaks Slack's limits:\n  - the message has 51 blocks; Slack allows 50."
    )
    expect(received).toHaveLength(count)
  })

  test('a file that is not a message is refused, naming the file', async () => {
    const file = messageFile('wrong.json', '{"blocks": []}')
    await expect(postMessageFile(hookUrl, file)).rejects.toThrow(
      `${file} is not a Slack message: it needs "text" and "blocks", as printed by --format json.`
    )
  })
})
