import { describe, expect, test } from 'vitest'
import { pluginTag } from '../../.vitepress/content/plugin-tags'
import { lineMarker, sanitizePageHtml } from '../../.vitepress/content/sanitize'
import { markdownComponents } from '../../.vitepress/theme/markdown-components'

/** Components only plugins write, as the plugins write them. */
const pluginOnly = Object.entries(markdownComponents)
  .filter(([, spec]) => 'pluginOnly' in spec)
  .map(([name]) => name)
const asPlugins = (html: string) =>
  html.replace(/<(\/?)([A-Za-z]+)\b/g, (tag, slash: string, name: string) =>
    pluginOnly.includes(name)
      ? `<${slash}${pluginTag(name, { sanitizeMarkers: true })}`
      : tag
  )
const clean = (html: string) => sanitizePageHtml(asPlugins(html))
const messages = (html: string) =>
  clean(html).removals.map(({ message }) => message)

/** A valid value for each kind of prop. */
const validValues: Record<string, string> = {
  text: 'Any text, even <b> & "quotes"',
  id: 'before-you-ask',
  path: '/changes#slack-rules',
  integer: '3',
  'string-list': '["rule-1","threads"]'
}

describe('components and their props', () => {
  const cases = Object.entries(markdownComponents).flatMap(([name, spec]) =>
    Object.entries(spec.props).map(([prop, kind]) => ({
      name,
      prop,
      value: Array.isArray(kind)
        ? (kind[0] as string)
        : validValues[kind as string]!
    }))
  )

  test.each(cases)('<$name $prop> survives', ({ name, prop, value }) => {
    const escaped = value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
    const attribute = `${prop}="${escaped}"`
    const result = clean(`<${name} ${attribute}></${name}>`)
    expect(result.removals).toEqual([])
    expect(result.html).toBe(`<${name} ${attribute}></${name}>`)
  })

  test.each(Object.keys(markdownComponents))(
    '<%s /> without props survives, closed',
    (name) => {
      expect(clean(`<${name} />`)).toEqual({
        html: `<${name}></${name}>`,
        removals: []
      })
    }
  )

  test('a rule card keeps its named slots', () => {
    const html =
      '<RuleCard rule-id="a" :number="1" title="T" :aliases="[]" url="https://example.org/rules#a" reminder="See rule 1.\nhttps://example.org/r/a"><template #examples><RuleExample kind="good"><p>x</p></RuleExample></template><template #consequence><p>y</p></template></RuleCard>'
    expect(clean(html)).toEqual({ html, removals: [] })
  })

  test.each(pluginOnly)('<%s> written by hand is removed', (name) => {
    const advice = markdownComponents[name as 'RuleCard'].pluginOnly
    expect(sanitizePageHtml(`<${name}><p>x</p></${name}>`)).toEqual({
      html: '<p>x</p>',
      removals: [
        {
          message: `<${name}> is written by our Markdown plugins, never by hand: ${advice}`
        }
      ]
    })
  })

  test('a guessed plugin mark is not one', () => {
    const guess = `<RuleCard-plugin-${'0'.repeat(32)}></RuleCard-plugin-${'0'.repeat(32)}>`
    expect(sanitizePageHtml(guess).removals).toEqual([
      {
        message: `<RuleCard-plugin-${'0'.repeat(32)}> is not one of the components pages may use (${Object.keys(markdownComponents).join(', ')})`
      }
    ])
  })

  test.each([
    [
      '<RuleCard :number="alert(1)"></RuleCard>',
      ':number="alert(1)" on <RuleCard>: must be a whole number, such as :number="3"'
    ],
    [
      '<RuleCard :aliases="[x()]"></RuleCard>',
      ':aliases="[x()]" on <RuleCard>: must be a list of texts, such as ["rule-1"]'
    ],
    [
      '<RuleCard :title="x"></RuleCard>',
      ':title="x" on <RuleCard>: RuleCard takes rule-id, :number, title, :aliases, url, reminder'
    ],
    [
      '<RuleCard number="1"></RuleCard>',
      'number="1" on <RuleCard>: RuleCard takes rule-id, :number, title, :aliases, url, reminder'
    ],
    [
      '<RuleExample kind="evil"></RuleExample>',
      'kind="evil" on <RuleExample>: must be one of good, poor'
    ],
    [
      '<ResourceLinkList group="Before You Ask"></ResourceLinkList>',
      'group="Before You Ask" on <ResourceLinkList>: must be an id such as before-you-ask'
    ],
    [
      '<PolicyVersion changes-link="//evil.example/"></PolicyVersion>',
      'changes-link="//evil.example/" on <PolicyVersion>: must be a path on this site, such as /changes'
    ],
    [
      '<PolicyVersion changes-link="javascript:alert(1)"></PolicyVersion>',
      'changes-link="javascript:alert(1)" on <PolicyVersion>: must be a path on this site, such as /changes'
    ],
    [
      '<ContactList v-if="x"></ContactList>',
      'v-if="x" on <ContactList>: ContactList takes no props'
    ],
    [
      '<ContactList class="x"></ContactList>',
      'class="x" on <ContactList>: ContactList takes no props'
    ],
    [
      '<RuleCard><template #evil>x</template></RuleCard>',
      '#evil="" on <template>: RuleCard has no slot "#evil"'
    ],
    [
      '<RuleCard><template v-slot:examples>x</template></RuleCard>',
      'v-slot:examples="" on <template>: RuleCard has no slot "v-slot:examples"'
    ],
    [
      '<RuleCard><p><template #examples>x</template></p></RuleCard>',
      '<template> is not allowed: only a component’s named slot, directly inside it, may be a <template>'
    ],
    [
      '<ContactList><template #examples>x</template></ContactList>',
      '<template> is not allowed: only a component’s named slot, directly inside it, may be a <template>'
    ],
    [
      '<contactlist></contactlist>',
      '<contactlist> is not an element pages may use'
    ],
    [
      '<Contact-List></Contact-List>',
      '<Contact-List> is not one of the components pages may use (AccessibilityFeedback, ContactList, CopyableText, OriginalLanguage, PolicyChanges, PolicyVersion, ReportChecklist, ReportRoutes, ReportTimeline, ResourceLinkList, RuleCard, RuleExample, WelcomeMessage)'
    ],
    [
      '<Teleport to="body"></Teleport>',
      '<Teleport> is not one of the components pages may use (AccessibilityFeedback, ContactList, CopyableText, OriginalLanguage, PolicyChanges, PolicyVersion, ReportChecklist, ReportRoutes, ReportTimeline, ResourceLinkList, RuleCard, RuleExample, WelcomeMessage)'
    ]
  ])('near miss %s is removed', (html, message) => {
    expect(messages(html)).toEqual([message])
  })
})

describe('HTML', () => {
  test('VitePress’s own Markdown output survives as it is', () => {
    const html = [
      '<h2 id="a" tabindex="-1">A <a class="header-anchor" href="#a" aria-label="Permalink to &quot;A&quot;">x</a></h2>',
      '<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>x</p></div>',
      '<div class="warning custom-block github-alert"><p class="custom-block-title">W</p></div>',
      '<details class="details custom-block"><summary>S</summary><p>x</p></details>',
      '<div class="vp-code-group vp-adaptive-theme"><div class="tabs"><input type="radio" name="group-a" id="tab-b" checked /><label data-title="a.js" for="tab-b">a.js</label></div><div class="blocks"><div class="language-js vp-adaptive-theme active"><button title="Copy Code" class="copy" aria-label="Copy Code"></button><span class="lang">js</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0" v-pre><code><span class="line highlighted"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583">let</span></span></code></pre></div></div></div>',
      '<table tabindex="0"><thead><tr><th style="text-align:center">a</th></tr></thead></table>',
      '<p><a href="https://example.org" target="_blank" rel="noreferrer">x</a> <a href="mailto:a@example.org">m</a> <a href="./x.html#y">y</a> <img src="/favicon.svg" alt="" /></p>',
      '<nav class="table-of-contents"><ul><li><a href="#a">A</a></li></ul></nav><div v-pre><p>x</p></div>'
    ].join('\n')
    expect(clean(html)).toEqual({ html, removals: [] })
  })

  test('braces in text become character references, so Vue shows them', () => {
    expect(
      clean('<p>{{ a }} &#123;{ b }&#125; <code>{{ c }}</code></p>')
    ).toEqual({
      html: '<p>&#123;&#123; a &#125;&#125; &#123;&#123; b &#125;&#125; <code>&#123;&#123; c &#125;&#125;</code></p>',
      removals: []
    })
  })

  test.each([
    [
      '<script>alert(1)</script>',
      '',
      '<script> is not allowed: it runs code in readers’ browsers'
    ],
    [
      '<SCRIPT>alert(1)</SCRIPT>',
      '',
      '<SCRIPT> is not allowed: it runs code in readers’ browsers'
    ],
    [
      '<style>p{}</style>',
      '',
      '<style> is not allowed: it restyles the whole site, and can load from anywhere'
    ],
    [
      '<iframe src="/x"></iframe>',
      '',
      '<iframe> is not allowed: it embeds another site'
    ],
    [
      '<svg></svg>',
      '',
      '<svg> is not allowed: SVG can run code (animate, set, foreignObject)'
    ],
    [
      '<p onclick="x()">a</p>',
      '<p>a</p>',
      'onclick="x()" on <p>: an event handler runs code'
    ],
    [
      '<p v-html="x">a</p>',
      '<p>a</p>',
      'v-html="x" on <p>: a Vue directive runs code at build time and in readers’ browsers'
    ],
    [
      '<p :title="x">a</p>',
      '<p>a</p>',
      ':title="x" on <p>: a Vue directive runs code at build time and in readers’ browsers'
    ],
    [
      '<p @click="x">a</p>',
      '<p>a</p>',
      '@click="x" on <p>: a Vue directive runs code at build time and in readers’ browsers'
    ],
    [
      '<p #x>a</p>',
      '<p>a</p>',
      '#x="" on <p>: a Vue directive runs code at build time and in readers’ browsers'
    ],
    [
      '<p is="vue:Evil">a</p>',
      '<p>a</p>',
      'is="vue:Evil" on <p>: <p> may not have this attribute'
    ],
    [
      '<p style="color:red">a</p>',
      '<p>a</p>',
      'style="color:red" on <p>: a style attribute can cover the page or load files'
    ],
    [
      '<span style="--shiki-light:url(x)">a</span>',
      '<span>a</span>',
      'style="--shiki-light:url(x)" on <span>: a style attribute can cover the page or load files'
    ],
    [
      '<p class="VPNav">a</p>',
      '<p>a</p>',
      'class="VPNav" on <p>: class VPNav is not one that Markdown produces'
    ],
    [
      '<a href="&#106avascript:x">a</a>',
      '<a>a</a>',
      'href="&#106avascript:x" on <a>: a character reference without its ";" is read differently by browsers'
    ],
    [
      '<a href="java&#9;script:x">a</a>',
      '<a>a</a>',
      'href="java\\tscript:x" on <a>: the javascript: scheme is not allowed; links may use http:, https:, mailto: or a path on this site'
    ],
    [
      '<a href="https://x.example" target="_top">a</a>',
      '<a href="https://x.example">a</a>',
      'target="_top" on <a>: this value is not allowed'
    ],
    [
      '<img src="https://x.example/p.gif">',
      '<img />',
      'src="https://x.example/p.gif" on <img>: an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path'
    ],
    [
      '<p tabindex="5">a</p>',
      '<p>a</p>',
      'tabindex="5" on <p>: this value is not allowed'
    ]
  ])('%s is cleaned to %j', (html, expected, message) => {
    expect(clean(html)).toEqual({
      html: expected,
      removals: [{ message, line: undefined }]
    })
  })

  test('a removal names the line of the block it was in', () => {
    const html = `${lineMarker(3)}<p>a\nb <b onclick="x">c</b></p>\n${lineMarker(7)}<p onclick="y">d</p>`
    expect(sanitizePageHtml(html)).toEqual({
      html: '<p>a\nb <b>c</b></p>\n<p>d</p>',
      removals: [
        { line: 4, message: 'onclick="x" on <b>: an event handler runs code' },
        { line: 7, message: 'onclick="y" on <p>: an event handler runs code' }
      ]
    })
  })
})
