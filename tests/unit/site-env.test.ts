import { describe, expect, test } from 'vitest'
import {
  isPreviewBuild,
  repositoryFromGitHubActions,
  resolveSiteBase,
  resolveSiteUrl
} from '../../.vitepress/site-env'

describe('site URL', () => {
  test.each([
    { env: {}, expected: 'https://docs.example.org' },
    { env: { SITE_URL: '' }, expected: 'https://docs.example.org' },
    {
      env: { SITE_URL: 'https://owner.github.io/community-docs/' },
      expected: 'https://owner.github.io/community-docs'
    }
  ])('$env gives $expected', ({ env, expected }) => {
    expect(resolveSiteUrl(env, 'https://docs.example.org/')).toBe(expected)
  })

  test.each(['docs.example.org', '/community-docs', 'javascript:x'])(
    'SITE_URL %s, not an absolute http(s) URL, is named',
    (url) => {
      expect(() => resolveSiteUrl({ SITE_URL: url }, 'https://x.org')).toThrow(
        `SITE_URL: "${url}" is not an absolute http(s) URL. Use one such as "https://owner.github.io/community-docs".`
      )
    }
  )
})

describe('base path', () => {
  test.each([
    {
      name: 'a site at the root',
      env: {},
      url: 'https://docs.example.org',
      expected: '/'
    },
    {
      name: 'a GitHub Pages project site, from its URL',
      env: {},
      url: 'https://owner.github.io/community-docs',
      expected: '/community-docs/'
    },
    {
      name: 'SITE_BASE without slashes',
      env: { SITE_BASE: 'pr-preview' },
      url: 'https://docs.example.org',
      expected: '/pr-preview/'
    },
    {
      name: 'SITE_BASE as GitHub Pages gives it',
      env: { SITE_BASE: '/community-docs' },
      url: 'https://docs.example.org',
      expected: '/community-docs/'
    },
    {
      name: 'a nested SITE_BASE',
      env: { SITE_BASE: '/a/b/' },
      url: 'https://docs.example.org',
      expected: '/a/b/'
    },
    {
      name: 'an empty SITE_BASE, as for a user site',
      env: { SITE_BASE: '' },
      url: 'https://owner.github.io',
      expected: '/'
    }
  ])('$name: $expected', ({ env, url, expected }) => {
    expect(resolveSiteBase(env, url)).toBe(expected)
  })

  test('a base with a space fails, naming SITE_BASE', () => {
    expect(() =>
      resolveSiteBase({ SITE_BASE: '/my docs/' }, 'https://docs.example.org')
    ).toThrow(
      'SITE_BASE: "/my docs/" is not a valid base path. Use letters, digits, "-", "_", "." and "~" between slashes, such as "/community-docs/".'
    )
  })
})

describe('preview flag', () => {
  test.each([
    { value: undefined, expected: false },
    { value: '', expected: false },
    { value: '0', expected: false },
    { value: 'false', expected: false },
    { value: '1', expected: true },
    { value: 'true', expected: true }
  ])('SITE_PREVIEW=$value is $expected', ({ value, expected }) => {
    expect(isPreviewBuild({ SITE_PREVIEW: value })).toBe(expected)
  })
})

describe('repository from GitHub Actions', () => {
  test.each([
    { name: 'outside GitHub Actions', env: {}, expected: undefined },
    {
      name: 'a push to main',
      env: {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'owner/site',
        GITHUB_REF_NAME: 'main'
      },
      expected: { url: 'https://github.com/owner/site', branch: 'main' }
    },
    {
      name: 'a pull request, edited against its base branch',
      env: {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'owner/site',
        GITHUB_REF_NAME: '12/merge',
        GITHUB_BASE_REF: 'main'
      },
      expected: { url: 'https://github.com/owner/site', branch: 'main' }
    }
  ])('$name', ({ env, expected }) => {
    expect(repositoryFromGitHubActions(env)).toEqual(expected)
  })
})
