import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import {
  expandIncludes,
  includeProblems,
  pagesFolderFileProblems,
  pagesFolderProblems
} from '../../.vitepress/content/includes'
import type { ContentProblem } from '../../.vitepress/content/problems'
import { sanitizePagePlugin } from '../../.vitepress/plugins/sanitize-page'

// A pages folder with a page that includes another.
const srcDir = mkdtempSync(join(tmpdir(), 'pages-'))
mkdirSync(join(srcDir, 'parts'))
writeFileSync(
  join(srcDir, 'parts/note.md'),
  '---\ntitle: x\n---\nIncluded line one.\n\n<img src="x.png" onerror="alert(1)">\n'
)
const includer =
  '---\ntitle: Page\ndescription: D\n---\n\n# Page\n\n<!--@include: ./parts/note.md-->\n\nAfter <b onclick="x">it</b>.\n'
writeFileSync(join(srcDir, 'page.md'), includer)
// An included file's frontmatter is read by gray-matter before any plugin.
mkdirSync(join(srcDir, 'node_modules'))
writeFileSync(
  join(srcDir, 'node_modules/part.md'),
  "---js\n{ title: process.exit(3) || 'x' }\n---\n\nText\n"
)

// VitePress's own renderer, as the build configures it.
const md = (await createMarkdownRenderer(srcDir, {
  highlight: () => '',
  config: (md) => md.use(sanitizePagePlugin, { srcDir })
})) as unknown as MarkdownIt

const fm = '---\ntitle: T\ndescription: D\n---\n\n'

function problemsOf(source: string, extra: object = {}): string[] {
  const contentProblems: ContentProblem[] = []
  md.render(source, { relativePath: 'p.md', contentProblems, ...extra })
  return contentProblems.map(
    ({ file, line, message }) => `${file}:${line ?? '-'}: ${message}`
  )
}

describe('the page plugin', () => {
  test('a clean page renders, sanitized, with no problem', () => {
    expect(
      md.render(`${fm}# Title\n\n{{ 1 + 1 }}\n`, { relativePath: 'p.md' })
    ).toBe(
      '<h1 id="title" tabindex="-1">Title <a class="header-anchor" href="#title" aria-label="Permalink to &quot;Title&quot;">\u200b</a></h1>\n<p>&#123;&#123; 1 + 1 &#125;&#125;</p>\n'
    )
  })

  test.each([
    [
      'a <script setup> block',
      `${fm}# T\n\n<script setup>\nconst a = 1\n</script>\n`,
      "docs/p.md:8: a <script> block is not allowed in a page: VitePress would make it part of the page's code. Use a component from .vitepress/theme/markdown-components.ts."
    ],
    [
      'a <style> block',
      `${fm}<style>\n.VPNav { display: none }\n</style>\n`,
      "docs/p.md:6: a <style> block is not allowed in a page: VitePress would make it part of the page's code. Use a component from .vitepress/theme/markdown-components.ts."
    ],
    [
      'an upper-case <SCRIPT> block (VitePress keeps it as a custom block)',
      `${fm}<SCRIPT>alert(1)</SCRIPT>\n`,
      "docs/p.md:6: a custom block is not allowed in a page: VitePress would make it part of the page's code. Use a component from .vitepress/theme/markdown-components.ts."
    ],
    [
      'a handler in a container title',
      `${fm}::: tip <img src=x.png onerror=alert(1)>\nx\n:::\n`,
      'docs/p.md:6: onerror="alert(1)" on <img>: an event handler runs code'
    ],
    [
      'a ---js frontmatter block, never handed to gray-matter',
      '---js\n{ title: process.exit(3) }\n---\n',
      'docs/p.md:1: frontmatter in "js" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.'
    ],
    [
      'a head in frontmatter',
      `---\ntitle: T\ndescription: D\nhead: []\n---\n`,
      `docs/p.md:4: "head" is not allowed in frontmatter: the tags in a page's head (link previews, icons) come only from the site's code.`
    ]
  ])('%s is reported with its line', (_, source, problem) => {
    expect(problemsOf(source)).toEqual([problem])
  })

  test('the sfc blocks never reach the page component', () => {
    const env = {
      relativePath: 'p.md',
      contentProblems: [],
      sfcBlocks: undefined as unknown
    }
    md.render(`${fm}<script setup>\nx\n</script>\n`, env)
    expect(env.sfcBlocks).toMatchObject({
      scripts: [],
      styles: [],
      customBlocks: []
    })
  })

  test('without a problem list, the first problem fails the page', () => {
    expect(() =>
      md.render(`${fm}<p onclick="a">x</p>\n\n<p onclick="b">y</p>\n`, {
        relativePath: 'p.md'
      })
    ).toThrow(
      'docs/p.md:6: onclick="a" on <p>: an event handler runs code. And 1 more: npm run lint:content lists them all.'
    )
  })

  test('a problem in included text names the included file and line', () => {
    const expanded = expandIncludes(srcDir, 'page.md', includer)
    expect(expanded.files).toEqual(['parts/note.md'])
    expect(
      problemsOf(expanded.text, {
        relativePath: 'page.md',
        includes: [join(srcDir, 'parts/note.md')]
      })
    ).toEqual([
      'docs/parts/note.md:6: onerror="alert(1)" on <img>: an event handler runs code',
      'docs/page.md:10: onclick="x" on <b>: an event handler runs code'
    ])
  })
})

describe('includes', () => {
  test.each([
    ['<!--@include: ./parts/note.md-->', []],
    ['<!--@include: @/parts/note.md-->', []],
    [
      '<!--@include: ./node_modules/part.md-->',
      [
        'docs/node_modules/part.md:1: frontmatter in "js" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.'
      ]
    ],
    [
      '<!--@include: ./secret.txt-->',
      [
        'docs/page.md:3: "./secret.txt" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under docs/ may be included.'
      ]
    ],
    [
      '<!-- @include: ./parts/note.md#intro -->',
      [
        'docs/page.md:3: "./parts/note.md#intro" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under docs/ may be included.'
      ]
    ],
    [
      '<!--@include: ../package.json-->',
      [
        'docs/page.md:3: "../package.json" is outside the pages folder; only .md files under docs/ may be included.'
      ]
    ],
    [
      '<!--@include: ../../README.md-->',
      [
        'docs/page.md:3: "../../README.md" is outside the pages folder; only .md files under docs/ may be included.'
      ]
    ]
  ])('%s', (directive, problems) => {
    expect(
      includeProblems(srcDir, 'page.md', `# A\n\n${directive}\n`).map(
        ({ file, line, message }) => `${file}:${line}: ${message}`
      )
    ).toEqual(problems)
  })

  test('the pages folder is checked before VitePress reads it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'))
    writeFileSync(join(folder, 'a.md'), '---js\n{}\n---\n')
    writeFileSync(join(folder, 'b.md'), '# B\n\n<!--@include: ./c.txt-->\n')
    expect(pagesFolderProblems(folder)).toEqual([
      {
        file: 'docs/a.md',
        line: 1,
        message:
          'frontmatter in "js" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.'
      },
      {
        file: 'docs/b.md',
        line: 3,
        message:
          '"./c.txt" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under docs/ may be included.'
      }
    ])
  })

  test('docs/ itself may not be a symbolic link', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-link-'))
    mkdirSync(join(root, 'elsewhere'))
    writeFileSync(join(root, 'elsewhere/a.md'), '# A\n')
    symlinkSync(join(root, 'elsewhere'), join(root, 'docs'))
    const problem = {
      file: 'docs',
      message:
        'docs/ is a symbolic link: the build would read, and publish, whatever folder it points to on the machine that builds the site. Make it a folder.'
    }
    expect(pagesFolderFileProblems(join(root, 'docs'))).toEqual([problem])
    expect(pagesFolderProblems(join(root, 'docs'))).toEqual([problem])
  })

  const only =
    'docs/ may hold only pages (.md) and images (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg), not'
  const why = 'build tools run files there as code.'
  test.each([
    ['page.md', '# P\n', []],
    ['logo.png', '', []],
    [
      'postcss.config.cjs',
      'module.exports = {}',
      [`${only} other files: ${why}`]
    ],
    ['[pkg].paths.mjs', 'export default {}', [`${only} other files: ${why}`]],
    ['evil.mjs', 'export default 1', [`${only} other files: ${why}`]],
    ['.env', 'X=1', [`${only} dotfiles: ${why}`]],
    [
      '.vitepress/config.md',
      '# C\n',
      [`${only} dotfiles: ${why}`, `${only} dotfiles: ${why}`]
    ],
    ['link.md', undefined, [`${only} symbolic links: ${why}`]],
    [
      'node_modules/part.md',
      '---js\n{}\n---\n',
      [
        'frontmatter in "js" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.'
      ]
    ],
    [
      'x.svg',
      '<svg><script>alert(1)</script></svg>',
      [
        '<script> is not allowed in an SVG file: an SVG opened on its own can run script.'
      ]
    ]
  ])('docs/%s', (file, content, messages) => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'))
    mkdirSync(join(folder, file, '..'), { recursive: true })
    if (content === undefined)
      symlinkSync(join(srcDir, 'page.md'), join(folder, file))
    else writeFileSync(join(folder, file), content)
    const problems = pagesFolderProblems(folder)
    expect(problems.map(({ message }) => message)).toEqual(messages)
    for (const problem of problems)
      expect(`docs/${file}`.startsWith(problem.file)).toBe(true)
    // config.mts checks what docs/ holds before VitePress lists the pages.
    expect(pagesFolderFileProblems(folder)).toEqual(
      problems.filter(({ message }) => message.startsWith(only))
    )
  })
})
