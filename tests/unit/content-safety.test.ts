/**
 * Attacks that once got past the content checks, one row each: what a
 * stranger's pull request writes, and the error (file, line, reason) that
 * now stops the build.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import {
  pagesFolderFileProblems,
  pagesFolderProblems
} from '../../.vitepress/content/includes'
import { readPage } from '../../.vitepress/content/frontmatter'
import { frontmatterProblems } from '../../.vitepress/content/page-schema'
import type { ContentProblem } from '../../.vitepress/content/problems'
import {
  publicFileClashes,
  publicFolderProblems,
  svgProblems
} from '../../.vitepress/content/public-files'
import { sanitizePagePlugin } from '../../.vitepress/plugins/sanitize-page'

const srcDir = mkdtempSync(join(tmpdir(), 'pages-'))
const md = (await createMarkdownRenderer(srcDir, {
  highlight: () => '',
  config: (md) => md.use(sanitizePagePlugin, { srcDir })
})) as unknown as MarkdownIt

/** The problems of a page whose body (from line 6) is `body`. */
function pageProblems(body: string, page = 'p.md'): string[] {
  const contentProblems: ContentProblem[] = []
  md.render(`---\ntitle: T\ndescription: D\n---\n\n${body}\n`, {
    path: join(srcDir, page),
    relativePath: page,
    contentProblems
  })
  return contentProblems.map(
    ({ file, line, message }) => `${file}:${line ?? '-'}: ${message}`
  )
}

const outside =
  'an image must be in the pages folder (or public/, as /name.png): this path leaves it, and the build would publish whatever file it names'

describe('images from outside the pages folder', () => {
  test.each([
    ['![x](../tests/evil.svg)', 'p.md', 'src="./../tests/evil.svg"'],
    ['![x](%2e%2e/tests/evil.svg)', 'p.md', 'src="./../tests/evil.svg"'],
    ['<img src="..%2Fx.png">', 'p.md', 'src="..%2Fx.png"'],
    ['<img src="..\\x.png">', 'p.md', 'src="..\\\\x.png"'],
    ['![x](../../x.png)', 'ar/p.md', 'src="./../../x.png"'],
    ['![x](./a/../../x.png)', 'p.md', 'src="./a/../../x.png"']
  ])('%s on docs/%s is refused', (body, page, attribute) => {
    expect(pageProblems(body, page)).toEqual([
      `docs/${page}:6: ${attribute} on <img>: ${outside}`
    ])
  })

  test.each([
    ['![x](../images/a.png)', 'ar/p.md'],
    ['![x](./images/a%20b.png)', 'p.md'],
    ['![x](/favicon.svg)', 'p.md']
  ])('%s on docs/%s stays inside and passes', (body, page) => {
    expect(pageProblems(body, page)).toEqual([])
  })

  test('a percent escape that does not decode is refused', () => {
    expect(pageProblems('<img src="%E0%A4%A.png">')).toEqual([
      `docs/p.md:6: src="%E0%A4%A.png" on <img>: its %-escapes do not decode, so no one can tell which file it names`
    ])
  })
})

describe('code snippets', () => {
  test.each([
    '<<< @/../package.json',
    '<<< /etc/hostname{txt}',
    '<<< ../../../../../../../../proc/self/environ{txt}',
    '::: code-group\n<<< ./missing.ts [x]\n:::'
  ])('%s is refused, and nothing is read', (body) => {
    const problems = pageProblems(body)
    expect(problems).toEqual([expect.stringMatching(/^docs\/p\.md:[67]: /)])
    expect(problems[0]).toMatch(
      /: a code snippet \(<<<\) is not allowed: it would copy a file from the machine that builds the site into the page, and that can be any file\. Write the code in a fenced block \(```\) instead\.$/
    )
  })
})

describe('links that open a new tab', () => {
  test.each([
    '<a href="https://example.org" target="_blank">x</a>',
    '<a href="https://example.org" target="_blank" rel="nofollow">x</a>',
    '[x](/changes){target=_blank}'
  ])('%s without noopener or noreferrer is refused', (body) => {
    expect(pageProblems(body)).toEqual([
      expect.stringMatching(
        /^docs\/p\.md:6: target="_blank" on <a>: a new tab needs rel="noreferrer" \(or noopener\), or the page it opens can send this tab elsewhere$/
      )
    ])
  })

  test.each([
    '<a href="https://example.org" target="_blank" rel="noopener">x</a>',
    '<a href="https://example.org" target="_blank" rel="nofollow noreferrer">x</a>',
    '[x](https://example.org)'
  ])('%s passes', (body) => {
    expect(pageProblems(body)).toEqual([])
  })
})

describe('ids', () => {
  test.each([
    [
      '<span id="use-threads">Send your password to …</span>\n\n## Use threads {#use-threads}',
      'docs/p.md:8: id="use-threads" on <h2>: the page already has this id, and a link to #use-threads would land on the first'
    ],
    [
      '<p id="a">x</p>\n<p id="a">y</p>',
      'docs/p.md:7: id="a" on <p>: the page already has this id, and a link to #a would land on the first'
    ]
  ])('an id used twice is refused: %s', (body, problem) => {
    expect(pageProblems(body)).toEqual([problem])
  })

  test.each([
    [
      '<span id="doc-footer-aria-label">Pager</span>',
      'span',
      'doc-footer-aria-label'
    ],
    ['<p id="main-nav-aria-label">x</p>', 'p', 'main-nav-aria-label'],
    ['<div id="VPContent">x</div>', 'div', 'VPContent'],
    ['<nav id="VPSidebarNav">x</nav>', 'nav', 'VPSidebarNav'],
    ['<div id="app">x</div>', 'div', 'app'],
    ['## Skip here {#VPContent}', 'h2', 'VPContent'],
    ['<ul id="search-results"><li>x</li></ul>', 'ul', 'search-results'],
    ['<p id="localsearch-input">x</p>', 'p', 'localsearch-input'],
    ['<p id="v-0">x</p>', 'p', 'v-0']
  ])('an id the theme uses is refused: %s', (body, tag, id) => {
    expect(pageProblems(body)).toEqual([
      `docs/p.md:6: id="${id}" on <${tag}>: the theme gives this id to an element of its own; the page's would come first and take its place (its label, a skip link's target, what a script finds). Choose another id; for a heading, write one after it with {#other-id}.`
    ])
  })

  test.each(['<p id="pager">x</p>', '## Applications', '## Vue 3'])(
    "an id close to the theme's passes: %s",
    (body) => {
      expect(pageProblems(body)).toEqual([])
    }
  )

  test('headings with the same text get their own ids and pass', () => {
    expect(pageProblems('## A\n\n## A')).toEqual([])
  })
})

describe('public/', () => {
  test('a symbolic link is refused: the deploy would publish its target', () => {
    const folder = mkdtempSync(join(tmpdir(), 'public-'))
    symlinkSync('/etc/passwd', join(folder, 'passwd.txt'))
    mkdirSync(join(folder, 'img'))
    symlinkSync('/etc', join(folder, 'img/etc'))
    expect(publicFolderProblems(folder)).toEqual(
      ['img/etc', 'passwd.txt'].map((file) => ({
        file: `public/${file}`,
        message:
          'symbolic links may not be in public/: the site would publish the file it points to, from wherever the site is built.'
      }))
    )
  })

  test.each([
    ['UTF-16 little-endian', Buffer.from([0xff, 0xfe])],
    ['UTF-16 big-endian', Buffer.from([0xfe, 0xff])],
    ['a NUL', Buffer.from([0])]
  ])('an SVG with %s is refused as not UTF-8', (_, bytes) => {
    const folder = mkdtempSync(join(tmpdir(), 'public-'))
    writeFileSync(
      join(folder, 'logo.svg'),
      Buffer.concat([bytes, Buffer.from('<svg><rect/></svg>', 'utf16le')])
    )
    expect(publicFolderProblems(folder)).toEqual([
      {
        file: 'public/logo.svg',
        message:
          'the file is not UTF-8 text, so a browser could read in it markup this check cannot see: an SVG opened on its own can run script.'
      }
    ])
  })

  test('an SVG that declares another encoding is refused', () => {
    expect(
      svgProblems('<?xml version="1.0" encoding="ISO-2022-JP"?><svg/>')
    ).toEqual([
      'the XML declaration names the encoding "ISO-2022-JP"; only UTF-8 is allowed, as the browser would read the file in that encoding and this check does not'
    ])
  })

  test('an SVG in docs/ that is not UTF-8 is refused too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'))
    writeFileSync(
      join(folder, 'logo.svg'),
      Buffer.from('\ufeff<svg><script>alert(1)</script></svg>', 'utf16le')
    )
    expect(pagesFolderProblems(folder)).toEqual([
      {
        file: 'docs/logo.svg',
        message:
          'the file is not UTF-8 text, so a browser could read in it markup this check cannot see: an SVG opened on its own can run script.'
      }
    ])
  })

  test('a file at a path the build writes is refused, either way round', () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'public-'))
    const outDir = mkdtempSync(join(tmpdir(), 'dist-'))
    mkdirSync(join(publicDir, 'search-index'))
    mkdirSync(join(outDir, 'search-index'))
    for (const folder of [publicDir, outDir]) {
      writeFileSync(join(folder, 'logo.png'), 'same')
      writeFileSync(join(folder, 'robots.txt'), folder)
      writeFileSync(join(folder, 'search-index/root.json'), folder)
    }
    expect(publicFileClashes(publicDir, outDir)).toEqual(
      ['robots.txt', 'search-index/root.json'].map((file) => ({
        file: `public/${file}`,
        message: `the build writes its own ${file}, which this file would replace or be replaced by: rename it or remove it.`
      }))
    )
  })
})

describe('names in docs/', () => {
  const message = (name: string) =>
    `the name "${name}" may hold only letters, digits, "-", "_" and ".": it becomes part of the page's address, where a space, a quote, "#" or "?" breaks links and link previews.`

  test.each([
    ['a b.md', 'a b.md'],
    ['x"onmouseover=alert(1).md', 'x"onmouseover=alert(1).md'],
    ['q#1.md', 'q#1.md'],
    ['[slug].md', '[slug].md'],
    ['we?rd/page.md', 'we?rd'],
    ['img/logo 2.png', 'logo 2.png']
  ])('docs/%s is refused', (file, name) => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'))
    mkdirSync(join(folder, file, '..'), { recursive: true })
    writeFileSync(join(folder, file), '---\ntitle: T\ndescription: D\n---\n')
    const where = file.slice(0, file.indexOf(name) + name.length)
    expect(pagesFolderFileProblems(folder)).toEqual([
      { file: `docs/${where}`, message: message(name) }
    ])
  })

  test.each(['ar/community.md', 'ar/قواعد.md', 'img/logo_2.v1.png'])(
    'docs/%s passes',
    (file) => {
      const folder = mkdtempSync(join(tmpdir(), 'pages-'))
      mkdirSync(join(folder, file, '..'), { recursive: true })
      writeFileSync(join(folder, file), '')
      expect(pagesFolderFileProblems(folder)).toEqual([])
    }
  )
})

describe('frontmatter', () => {
  test('a YAML alias bomb gives a short message, not a hang', () => {
    let yaml = 'a0: &a0 "xxxxxxxxxxxxxxxxxxxxxxxx"\n'
    for (let level = 1; level <= 9; level++)
      yaml += `a${level}: &a${level} [${Array(10)
        .fill(`*a${level - 1}`)
        .join(',')}]\n`
    const page = readPage(
      `---\n${yaml}title: *a9\ndescription: D\n---\n`,
      'docs/p.md'
    )
    const title = frontmatterProblems(page).find(({ message }) =>
      message.startsWith('"title"')
    )
    expect(title?.message).toMatch(
      /^"title" must be text; found \[\[\[.{0,80}… \(a list\)\.$/
    )
  })
})
