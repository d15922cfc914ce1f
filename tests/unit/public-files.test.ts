import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
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
        '<svg xmlns="http://www.w3.org/2000/svg"><text>&lt;a&gt; &amp; &#169; &#xA9;</text></svg>'
      )
    ).toEqual([])
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
    ],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg><g>&x;</g></svg>',
      '<!DOCTYPE> is not allowed in an SVG file'
    ],
    ['<!ENTITY x "y"><svg/>', '<!ENTITY> is not allowed in an SVG file'],
    [
      '<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.css"?><svg/>',
      '<?xml-stylesheet> is not allowed in an SVG file'
    ],
    [
      '<svg><text>&x;</text></svg>',
      'the entity reference &x; is not allowed in an SVG file (only &amp; &lt; &gt; &quot; &apos; and numeric ones)'
    ],
    [
      '<svg><rect mask="u\\rl(https://evil.example/m.svg#m)"/></svg>',
      'mask="u\\rl(https://evil.example/m.svg#m)" on <rect> has a backslash (a CSS escape)'
    ],
    [
      '<svg><rect fill="\\75 rl(https://evil.example/x)"/></svg>',
      'fill="\\75 rl(https://evil.example/x)" on <rect> has a backslash (a CSS escape)'
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

  test('public/ itself may not be a symbolic link', () => {
    const root = mkdtempSync(join(tmpdir(), 'public-link-'))
    mkdirSync(join(root, 'secret'))
    writeFileSync(join(root, 'secret/key.txt'), 'secret')
    symlinkSync(join(root, 'secret'), join(root, 'public'))
    expect(publicFolderProblems(join(root, 'public'))).toEqual([
      {
        file: 'public',
        message:
          'public/ is a symbolic link: the build would read, and publish, whatever folder it points to on the machine that builds the site. Make it a folder.'
      }
    ])
  })
})
