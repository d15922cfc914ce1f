import { pathToFileURL } from 'node:url'
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'
import { describe, expect, test } from 'vitest'

interface ProjectConfig {
  default: { rules: Record<string, unknown> }
  disabledRules: Record<string, string>
}

// Loaded by URL: it is the JavaScript file html-validate itself reads.
const configUrl = pathToFileURL('.htmlvalidate.mjs').href
const project = (await import(/* @vite-ignore */ configUrl)) as ProjectConfig

/** Validates `body` in an otherwise valid page, with the project's config. */
async function messages(head: string, body = '<h1>Page</h1>') {
  const html = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Page</title>\n${head}\n</head>\n<body>\n<main>${body}</main>\n</body>\n</html>\n`
  const validator = new HtmlValidate(new FileSystemConfigLoader())
  const report = await validator.validateString(html, 'page.html')
  return report.results.flatMap((result) =>
    result.messages.map(({ ruleId, message }) => `${ruleId}: ${message}`)
  )
}

describe('.htmlvalidate.mjs', () => {
  test('every disabled rule carries a reason', () => {
    for (const [rule, reason] of Object.entries(project.disabledRules)) {
      expect(reason.length, rule).toBeGreaterThan(40)
    }
  })

  test('rules are switched off only through disabledRules', () => {
    const off = Object.entries(project.default.rules)
      .filter(([, setting]) => setting === 'off' || setting === 0)
      .map(([rule]) => rule)
    expect(off.sort()).toEqual(Object.keys(project.disabledRules).sort())
  })

  test('a valid page passes', async () => {
    expect(await messages('')).toEqual([])
  })

  test.each([
    [
      'rel="preload stylesheet"',
      '<link rel="preload stylesheet" href="/a.css" as="style">'
    ],
    [
      'rel="modulepreload"',
      '<link rel="modulepreload" href="/a.js" as="script">'
    ],
    ['rel="prefetch"', '<link rel="prefetch" href="/a.js" as="script">']
  ])('<link as> is allowed with %s', async (_name, head) => {
    expect(await messages(head)).toEqual([])
  })

  test.each([
    [
      'no rel',
      '<link href="/a.css" as="style">',
      'attribute-misuse: "as" attribute cannot be used on <link> in this context: "rel" attribute must contain "preload", "prefetch" or "modulepreload"'
    ],
    [
      'rel="stylesheet"',
      '<link rel="stylesheet" href="/a.css" as="style">',
      'attribute-misuse: "as" attribute cannot be used on <link> in this context: "rel" attribute must contain "preload", "prefetch" or "modulepreload"'
    ]
  ])('<link as> with %s is an error', async (_name, head, message) => {
    expect(await messages(head)).toEqual([message])
  })

  test.each([
    [
      'a nameless button',
      '<h1>Page</h1><button type="button"></button>',
      'text-content: <button> must have accessible text'
    ],
    [
      'a duplicate id',
      '<h1 id="a">Page</h1><p id="a">x</p>',
      'no-dup-id: Duplicate ID "a"'
    ],
    [
      'a div playing button',
      '<h1>Page</h1><div role="button" tabindex="0">Go</div>',
      'prefer-native-element: Prefer to use the native <button> element'
    ],
    [
      'a page that starts at h2',
      '<h2>Page</h2>',
      'heading-level: Initial heading level must be <h1> but got <h2>'
    ]
  ])('still an error: %s', async (_name, body, message) => {
    expect(await messages('', body)).toEqual([message])
  })

  test('a script from another origin needs subresource integrity', async () => {
    expect(
      await messages('<script src="https://cdn.example.com/x.js"></script>')
    ).toEqual([
      'require-sri: SRI "integrity" attribute is required on <script> element'
    ])
  })
})
