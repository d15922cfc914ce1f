import { describe, expect, test } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { Router } from 'vitepress'
import {
  checkRenderedPage,
  isDocEmpty
} from '../../.vitepress/build/render-check'
import {
  recordRenderError,
  recordRenderErrors
} from '../../.vitepress/build/render-errors'

const doc = (inner: string) =>
  `<div class="VPDoc"><main><div style="position:relative;" class="vp-doc _rules">${inner}</div></main></div>`

describe('isDocEmpty', () => {
  test.each([
    ['no .vp-doc at all', '<div class="VPHome"></div>', true],
    ['an empty .vp-doc', doc(''), true],
    [
      'a .vp-doc of empty elements and comments',
      doc('<div><!----></div>'),
      true
    ],
    ['a .vp-doc of white space', doc('<div>\n  </div>'), true],
    ['text', doc('<div><h1>Rules</h1></div>'), false],
    ['only an image', doc('<p><img src="/a.png" alt=""></p>'), false]
  ])('%s: %s', (_name, content, empty) => {
    expect(isDocEmpty(content)).toBe(empty)
  })
})

describe('checkRenderedPage', () => {
  const page = {
    relativePath: 'rules.md',
    source: 'docs/rules.md',
    content: doc('<p>Text</p>')
  }

  test('passes a doc page with content', () => {
    expect(() => checkRenderedPage(page)).not.toThrow()
  })

  test('fails a doc page with an empty .vp-doc, naming the source', () => {
    expect(() => checkRenderedPage({ ...page, content: doc('') })).toThrow(
      'docs/rules.md: The page rendered with no content. A doc page needs text; if a component on it failed, the build log above says which.'
    )
  })

  test.each(['home', 'page', 'not-found'])(
    'leaves a %s layout page alone when it has no .vp-doc',
    (layout) => {
      expect(() =>
        checkRenderedPage({ ...page, layout, content: '<div></div>' })
      ).not.toThrow()
    }
  )

  test('fails a page whose render recorded an error, and forgets it after', () => {
    recordRenderError('rules.md', new Error('boom'), 'render function')
    expect(() => checkRenderedPage(page)).toThrow(
      'docs/rules.md: Rendering the page threw: boom (in render function). Fix the component or the Markdown that uses it; an error there leaves part of the page empty.'
    )
    expect(() => checkRenderedPage(page)).not.toThrow()
  })

  test('records an error thrown while Vue renders a page on the server', async () => {
    const Broken = defineComponent({
      setup() {
        throw new Error('no rules loaded')
      }
    })
    const app = createSSRApp({ render: () => h('div', [h(Broken)]) })
    const router = { route: { data: { relativePath: 'rules.md' } } }
    recordRenderErrors(app, router as unknown as Router)
    await renderToString(app)
    expect(() => checkRenderedPage(page)).toThrow(
      /^docs\/rules\.md: Rendering the page threw: no rules loaded \(in /
    )
  })
})
