import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  publicFolderProblems,
  svgProblems
} from '../../.vitepress/content/public-files'

describe('public/', () => {
  test('an icon that only draws passes', () => {
    expect(
      svgProblems(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M0 0h8" fill="url(#g)"/></svg>'
      )
    ).toEqual([])
  })

  test.each([
    [
      '<svg><script>alert(1)</script></svg>',
      '<script> is not allowed in an SVG file'
    ],
    [
      '<svg onload="alert(1)"></svg>',
      'onload="alert(1)" on <svg> is not allowed in an SVG file'
    ],
    [
      '<svg><a href="javascript:alert(1)"></a></svg>',
      '<a> is not allowed in an SVG file'
    ],
    [
      '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
      '<animate> is not allowed in an SVG file'
    ],
    [
      '<svg><foreignObject></foreignObject></svg>',
      '<foreignobject> is not allowed in an SVG file'
    ],
    [
      '<svg><rect fill="url(https://evil.example/x)"/></svg>',
      'fill="url(https://evil.example/x)" on <rect> loads a file'
    ]
  ])('%s is refused', (svg, problem) => {
    expect(svgProblems(svg)[0]).toBe(problem)
  })

  test('only passive files may be in public/', () => {
    const folder = mkdtempSync(join(tmpdir(), 'public-'))
    for (const file of ['a.png', 'b.html', 'c.js', 'd.svg'])
      writeFileSync(
        join(folder, file),
        file === 'd.svg' ? '<svg><script/></svg>' : ''
      )
    expect(publicFolderProblems(folder).map(({ file }) => file)).toEqual([
      'public/b.html',
      'public/c.js',
      'public/d.svg'
    ])
  })
})
