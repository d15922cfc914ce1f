/**
 * What this community has published, pinned on purpose.
 *
 * Every other test reads its expectations from the config and the parsed
 * content, so an ordinary edit (renaming a rule, a new policy version, a
 * report email) breaks none of them. The facts below are different: Slack
 * messages, bookmarks and other sites link to them, so changing one must be
 * a decision seen in review.
 *
 * ADOPTING THIS SITE? This file is about the Prefect community. Edit it to
 * pin your own published rule ids and legacy URLs, or delete it.
 */
import { describe, expect, test } from 'vitest'
import { redirects } from '../../.vitepress/redirects'
import { loadSiteModel } from '../../.vitepress/site/load'

const model = loadSiteModel()
const { rules } = model

describe('this community: the Slack rules', () => {
  test('the seven published rule ids, in order', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'assume-positive-intent',
      'use-threads',
      'no-sensitive-information',
      'write-good-questions',
      'tag-people-sparingly',
      'ask-in-public',
      'no-unrelated-promotion'
    ])
  })

  test('the numbered short links posted in Slack still lead to the same rules', () => {
    const byPath = Object.fromEntries(
      model.shortLinks.map((link) => [link.path, link.rule.id])
    )
    expect(byPath).toMatchObject({
      '/r/1': 'assume-positive-intent',
      '/r/2': 'use-threads',
      '/r/3': 'no-sensitive-information',
      '/r/7': 'no-unrelated-promotion'
    })
  })
})

describe('this community: URLs of the old site', () => {
  test('the VuePress pages under /core/ forward to their new homes', () => {
    expect(
      redirects.map(({ from, to, anchors }) => ({ from, to, anchors }))
    ).toEqual([
      {
        from: '/core/community.html',
        to: '/community',
        anchors: {
          community: '/community',
          slack: '/community#join-slack',
          'slack-guidelines': '/slack-rules'
        }
      },
      {
        from: '/core/code_of_conduct.html',
        to: '/code-of-conduct',
        anchors: undefined
      }
    ])
  })

  test('the permalink registry keeps the old URLs', () => {
    expect(model.registry.urls).toEqual(
      expect.arrayContaining([
        '/core/community.html',
        '/core/community.html#slack-guidelines',
        '/core/code_of_conduct.html',
        '/r/2',
        '/slack-rules#use-threads'
      ])
    )
  })
})
