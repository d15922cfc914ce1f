/**
 * The social icons' rules for `npm run dev` (.vitepress/build/social-icons.ts):
 * what the build's vp-icons.css holds, for the icons the config uses.
 */
import { describe, expect, test } from 'vitest'
import type { SiteConfig } from 'vitepress'
import {
  socialIconNames,
  socialIconsCss,
  type IconSet
} from '../../.vitepress/build/social-icons'

const set: IconSet = {
  width: 24,
  height: 24,
  icons: {
    square: { body: '<path d="M0 0h24v24H0z"/>' },
    wide: { body: '<path d="M0 0h32v16H0z"/>', width: 32, height: 16 }
  },
  aliases: { box: { parent: 'square' } }
}

/** The SVG inside a rule's data URL. */
function svgOf(css: string): string {
  const url = /url\("data:image\/svg\+xml,([^"]+)"\)/.exec(css)?.[1] ?? ''
  return decodeURIComponent(url)
}

describe('socialIconsCss', () => {
  test.each([
    {
      name: 'square',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path d="M0 0h24v24H0z"/></svg>'
    },
    {
      name: 'wide',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16" width="32" height="16"><path d="M0 0h32v16H0z"/></svg>'
    },
    {
      name: 'box',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path d="M0 0h24v24H0z"/></svg>'
    }
  ])('gives .vpi-social-$name its --icon', ({ name, svg }) => {
    const css = socialIconsCss(set, [name])
    expect(css).toMatch(new RegExp(`^\\.vpi-social-${name}\\{--icon:url\\(`))
    expect(svgOf(css)).toBe(svg)
  })

  test('leaves out a name the set lacks', () => {
    expect(socialIconsCss(set, ['no-such-icon'])).toBe('')
    expect(
      socialIconsCss(set, ['square', 'no-such-icon']).split('\n')
    ).toHaveLength(1)
  })

  test('escapes the SVG, so no quote in it ends the url()', () => {
    const css = socialIconsCss(
      { icons: { odd: { body: "<g id='a\") }'/>" } } },
      ['odd']
    )
    expect(css).toMatch(/^\.vpi-social-odd\{--icon:url\("[^"\\]+"\)\}$/)
  })
})

describe('socialIconNames', () => {
  const site = (
    themeConfig: object,
    locales: Record<string, { themeConfig?: object }> = {}
  ) => ({ themeConfig, locales }) as unknown as SiteConfig['site']

  test.each([
    { name: 'no social links', site: site({}), names: [] },
    {
      name: 'the root config',
      site: site({
        socialLinks: [
          { icon: 'slack', link: 'https://example.org/slack' },
          { icon: 'github', link: 'https://example.org/git' }
        ]
      }),
      names: ['github', 'slack']
    },
    {
      name: "a locale's own, once each, and no custom SVG",
      site: site(
        { socialLinks: [{ icon: 'github', link: 'https://example.org/git' }] },
        {
          root: {},
          ar: {
            themeConfig: {
              socialLinks: [
                { icon: 'github', link: 'https://example.org/git' },
                { icon: 'mastodon', link: 'https://example.org/m' },
                { icon: { svg: '<svg/>' }, link: 'https://example.org/x' }
              ]
            }
          }
        }
      ),
      names: ['github', 'mastodon']
    }
  ])('$name', ({ site, names }) => {
    expect(socialIconNames(site)).toEqual(names)
  })
})
