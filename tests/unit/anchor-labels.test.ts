import { tmpdir } from 'node:os'
import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import type { SiteTexts } from '../../.vitepress/community/types'
import { englishTexts, fill } from '../../.vitepress/i18n/texts'
import { anchorLabelsPlugin } from '../../.vitepress/plugins/anchor-labels'
import type { SitePage } from '../../.vitepress/site/model'
import { frenchCommunity } from './fixtures/community-fixtures'

const page = (file: string, extra: Partial<SitePage> = {}): SitePage => ({
  file,
  source: `docs/${file}`,
  path: `/${file.replace(/\.md$/, '')}`,
  title: file,
  frontmatter: {},
  original: file.replace(/^fr\//, ''),
  ...extra
})
const pages = [
  page('guide.md'),
  page('fr/guide.md', { locale: 'fr' }),
  page('de/guide.md', { locale: 'de', original: 'guide.md' }),
  // Not translated yet: the original, served in the locale.
  page('fr/rules.md', { locale: 'fr', fallback: true })
]
const frenchTexts: SiteTexts = {
  ...englishTexts,
  theme: { ...englishTexts.theme, permalink: 'Lien permanent vers « {title} »' }
}
// A second locale whose translator wrote quotes and a tag into the name.
const hostilePermalink = 'Lien "direct" <b>vers</b> {title}'
const french = frenchCommunity(frenchTexts)
const community = {
  ...french,
  translations: {
    locales: {
      ...french.translations!.locales,
      de: {
        ...french.translations!.locales.fr!,
        texts: {
          ...frenchTexts,
          theme: { ...frenchTexts.theme, permalink: hostilePermalink }
        }
      }
    }
  }
}

// VitePress's own renderer, which adds the anchor links, with the plugin.
const md = (await createMarkdownRenderer(tmpdir(), {
  highlight: () => '',
  config: (md) =>
    md.use(anchorLabelsPlugin, {
      site: { siteUrl: '', ladder: [], translatedLadders: {}, pages },
      community
    })
})) as unknown as MarkdownIt

/** The anchor link names of a page's headings. */
function labels(markdown: string, relativePath: string): string[] {
  const html = md.render(markdown, { relativePath })
  return [...html.matchAll(/aria-label="([^"]*)"/g)].map(([, label]) =>
    (label ?? '').replaceAll('&quot;', '"')
  )
}

describe("a heading's anchor link name", () => {
  test.each([
    {
      name: "the heading's text, without its {#id}, in English",
      relativePath: 'guide.md',
      markdown: '## Our pledge {#pledge}\n',
      expected: [fill(englishTexts.theme.permalink, { title: 'Our pledge' })]
    },
    {
      name: 'its text and code, without markup',
      relativePath: 'guide.md',
      markdown: '## Use **`git log`** first\n\n### Plain\n',
      expected: [
        fill(englishTexts.theme.permalink, { title: 'Use git log first' }),
        fill(englishTexts.theme.permalink, { title: 'Plain' })
      ]
    },
    {
      name: 'in a locale, its words',
      relativePath: 'fr/guide.md',
      markdown: '## Notre engagement {#pledge}\n',
      expected: [
        fill(frenchTexts.theme.permalink, { title: 'Notre engagement' })
      ]
    },
    {
      name: "on a page the locale serves from the original, the original's words",
      relativePath: 'fr/rules.md',
      markdown: '## Our pledge {#pledge}\n',
      expected: [fill(englishTexts.theme.permalink, { title: 'Our pledge' })]
    }
  ])('$name', ({ markdown, relativePath, expected }) => {
    expect(labels(markdown, relativePath)).toEqual(expected)
  })
})

test('a translated name with quotes and a tag stays inside its attribute', () => {
  const html = md.render('## Engagement {#pledge}\n', {
    relativePath: 'de/guide.md'
  })
  const escaped = fill(hostilePermalink, { title: 'Engagement' })
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
  expect(html).toContain(`aria-label="${escaped}"`)
  expect(html).not.toContain('<b>')
})
