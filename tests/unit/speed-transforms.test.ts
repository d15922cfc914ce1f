import { describe, expect, test } from 'vitest'
import { formatLastUpdated } from '../../.vitepress/transforms/last-updated'
import {
  afterPaintLoader,
  loadScriptsAfterPaint
} from '../../.vitepress/transforms/load-scripts-after-paint'

/** The head VitePress 1.6.4 writes, trimmed to the lines that matter. */
function vitepressPage(app = '<div id="app"><p>Text</p></div>'): string {
  return `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
  <head>
    <link rel="preload stylesheet" href="/assets/style.abc.css" as="style">
    <script type="module" src="/assets/app.abc.js"></script>
    <link rel="modulepreload" href="/assets/chunks/theme.abc.js">
    <link rel="modulepreload" href="/assets/chunks/framework.abc.js">
    <link rel="modulepreload" href="/assets/page.md.abc.lean.js">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script id="check-dark-mode">(()=>{})()</script>
  </head>
  <body>
    ${app}
  </body>
</html>`
}

describe('loadScriptsAfterPaint', () => {
  const html = loadScriptsAfterPaint(vitepressPage(), 'docs/page.md')

  test('the module script and its modulepreload links are gone', () => {
    expect(html).not.toContain('<script type="module"')
    expect(html).not.toContain('<link rel="modulepreload"')
  })

  test('one loader script carries the same URLs in its data attributes', () => {
    expect(html).toContain(
      '<script id="load-after-paint" data-app="/assets/app.abc.js" ' +
        'data-preload="/assets/chunks/theme.abc.js /assets/chunks/framework.abc.js /assets/page.md.abc.lean.js">' +
        afterPaintLoader +
        '</script>'
    )
  })

  test('the stylesheet, the icon and the appearance script stay where they were', () => {
    expect(html).toContain(
      '<link rel="preload stylesheet" href="/assets/style.abc.css" as="style">'
    )
    expect(html).toContain(
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">'
    )
    expect(html.indexOf('load-after-paint')).toBeLessThan(
      html.indexOf('check-dark-mode')
    )
  })

  test('the loader text is the same on every page, so one CSP hash allows it', () => {
    const other = loadScriptsAfterPaint(
      vitepressPage().replace(/page\.md\.abc/g, 'other.md.xyz'),
      'docs/other.md'
    )
    const loaderText = (page: string): string | undefined =>
      /<script id="load-after-paint"[^>]*>([^<]*)<\/script>/.exec(page)?.[1]
    expect(loaderText(other)).toBe(loaderText(html))
    expect(loaderText(html)).toBe(afterPaintLoader)
  })

  test('attribute values are escaped', () => {
    const page = vitepressPage().replace('/assets/app.abc.js', '/assets/a&b.js')
    expect(loadScriptsAfterPaint(page, 'docs/page.md')).toContain(
      'data-app="/assets/a&amp;b.js"'
    )
  })

  test('a page that Vue renders in the browser (the 404 page) is left alone', () => {
    const notFound = vitepressPage('<div id="app"></div>')
    expect(loadScriptsAfterPaint(notFound, 'docs/404.md')).toBe(notFound)
  })

  test.each([
    {
      name: 'no module script',
      page: vitepressPage().replace(/<script type="module"[^\n]*\n/, ''),
      found: 0
    },
    {
      name: 'two module scripts',
      page: vitepressPage().replace(
        '</head>',
        '<script type="module" src="/x.js"></script>\n</head>'
      ),
      found: 2
    }
  ])(
    'fails naming the page when VitePress HTML has $name',
    ({ page, found }) => {
      expect(() => loadScriptsAfterPaint(page, 'docs/page.md')).toThrow(
        `docs/page.md: expected one <script type="module" src="…"> from VitePress, found ${found}. ` +
          'Has VitePress changed its HTML? See .vitepress/transforms/load-scripts-after-paint.ts.'
      )
    }
  )
})

/**
 * Runs the loader's own text against a fake page: what it appends to the
 * head, and the timers, frames and paint observer it waits on.
 */
function runLoader(paintSupported: boolean) {
  const appended: string[] = []
  const timers: { run: () => void; delay: number | undefined }[] = []
  const frames: (() => void)[] = []
  let onPaint: (names: string[]) => void = () => {
    throw new Error('the loader observes no paint')
  }
  const document = {
    currentScript: { dataset: { app: '/app.js', preload: '/a.js /b.js' } },
    createElement: (tag: string) => ({ tag }) as Record<string, string>,
    head: {
      append: (element: Record<string, string>) =>
        appended.push(
          `${element.tag} ${element.rel ?? element.type} ${element.href ?? element.src}`
        )
    }
  }
  class FakeObserver {
    static supportedEntryTypes = paintSupported ? ['paint'] : []
    constructor(
      callback: (
        list: { getEntriesByName: (name: string) => object[] },
        observer: { disconnect: () => void }
      ) => void
    ) {
      onPaint = (names) =>
        callback(
          { getEntriesByName: (name) => (names.includes(name) ? [{}] : []) },
          { disconnect: () => undefined }
        )
    }
    observe() {}
  }
  new Function(
    'document',
    'PerformanceObserver',
    'setTimeout',
    'requestAnimationFrame',
    afterPaintLoader
  )(
    document,
    FakeObserver,
    (run: () => void, delay?: number) => timers.push({ run, delay }),
    (run: () => void) => frames.push(run)
  )
  return {
    appended,
    timers,
    frames,
    paint: (names: string[]) => onPaint(names)
  }
}

describe('the after-paint loader, run', () => {
  const loaded = [
    'link modulepreload /a.js',
    'link modulepreload /b.js',
    'script module /app.js'
  ]

  test('loads nothing until the first contentful paint, then everything once', () => {
    const page = runLoader(true)
    expect(page.appended).toEqual([])
    page.paint(['first-paint'])
    expect(page.appended).toEqual([])
    page.paint(['first-contentful-paint'])
    expect(page.appended).toEqual(loaded)
    // The 5-second fallback comes later and loads nothing twice.
    for (const timer of page.timers) timer.run()
    expect(page.appended).toEqual(loaded)
  })

  test('loads after 5 seconds when no paint is reported', () => {
    const page = runLoader(true)
    expect(page.timers.map((timer) => timer.delay)).toEqual([5000])
    page.timers[0]!.run()
    expect(page.appended).toEqual(loaded)
  })

  test('without paint timing, loads after the next frame', () => {
    const page = runLoader(false)
    expect(page.frames).toHaveLength(1)
    page.frames[0]!()
    expect(page.appended).toEqual([])
    page.timers.at(-1)!.run()
    expect(page.appended).toEqual(loaded)
  })
})

describe('formatLastUpdated', () => {
  test.each([
    {
      timestamp: Date.UTC(2026, 10, 25, 12, 34),
      lang: 'en-US',
      expected: 'November 25, 2026'
    },
    // The edges of a UTC day stay on that day, whatever the build
    // machine's time zone (TZ=Pacific/Kiritimati or TZ=Pacific/Niue).
    {
      timestamp: Date.UTC(2026, 10, 25, 23, 59),
      lang: 'en-GB',
      expected: '25 November 2026'
    },
    {
      timestamp: Date.UTC(2026, 0, 1, 0, 0),
      lang: 'de-DE',
      expected: '1. Januar 2026'
    },
    { timestamp: undefined, lang: 'en-US', expected: undefined },
    { timestamp: 0, lang: 'en-US', expected: undefined },
    { timestamp: Number.NaN, lang: 'en-US', expected: undefined }
  ])('$timestamp in $lang is $expected', ({ timestamp, lang, expected }) => {
    expect(formatLastUpdated(timestamp, lang)).toBe(expected)
  })
})
