import type MarkdownIt from 'markdown-it'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, test } from 'vitest'
import { codeCopyLabelPlugin } from '../../.vitepress/plugins/code-copy-label'

/** Escapes code as Shiki does, without loading Shiki. */
const escape = (code: string) =>
  code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

// VitePress's own renderer, with the plugin where the site config puts it.
const md = (await createMarkdownRenderer('docs', {
  highlight: (code) => `<pre><code>${escape(code)}</code></pre>`,
  codeCopyButtonTitle: 'Copy code',
  config: (md) => md.use(codeCopyLabelPlugin)
})) as unknown as MarkdownIt

describe('codeCopyLabelPlugin', () => {
  test.each([
    ['a fenced block', '```js\nconst a = 1\n```\n'],
    ['a block without a language', '```\nplain\n```\n'],
    ['a block in a list', '- item\n\n  ```sh\n  npm test\n  ```\n']
  ])('names the copy button of %s', (_name, source) => {
    const html = md.render(source)
    expect(html).toContain(
      '<button title="Copy code" class="copy" aria-label="Copy code"></button>'
    )
  })

  test('names every copy button on the page', () => {
    const html = md.render('```js\na\n```\n\n```js\nb\n```\n')
    expect(html.match(/aria-label="Copy code"/g)).toHaveLength(2)
  })

  test('leaves the code itself alone', () => {
    const html = md.render('```html\n<button title="x" class="copy">\n```\n')
    expect(html).toContain(
      '<pre><code>&lt;button title=&quot;x&quot; class=&quot;copy&quot;>\n</code></pre>'
    )
  })
})
