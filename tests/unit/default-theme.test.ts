import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, test } from 'vitest'

const require = createRequire(import.meta.url)
const upstreamDir = join(
  dirname(require.resolve('vitepress/package.json')),
  'dist/client/theme-default'
)

/** Styles of without-fonts.js that default-theme-base.js leaves out, on purpose. */
const omittedDefaultThemeStyles = ['components/vp-sponsor.css']

/** The stylesheets a module imports, relative to the theme's `styles/`. */
function styleImports(source: string): string[] {
  return [
    ...source.matchAll(/import ['"](?:.*\/)?styles\/([^'"]+\.css)['"]/g)
  ].map((match) => match[1] ?? '')
}

describe('our assembly of the default theme', () => {
  const upstream = styleImports(
    readFileSync(join(upstreamDir, 'without-fonts.js'), 'utf8')
  )
  const ours = styleImports(
    readFileSync('.vitepress/theme/default-theme-base.js', 'utf8')
  )

  test('imports every style of vitepress/theme-without-fonts but the ones left out on purpose, in its order', () => {
    expect(upstream.length).toBeGreaterThan(0)
    expect(ours).toEqual(
      upstream.filter((style) => !omittedDefaultThemeStyles.includes(style))
    )
  })

  test('leaves out only styles that upstream has', () => {
    for (const style of omittedDefaultThemeStyles)
      expect(upstream).toContain(style)
  })

  test('upstream still registers only <Badge> beside the layout', () => {
    const source = readFileSync(join(upstreamDir, 'without-fonts.js'), 'utf8')
    expect(
      [...source.matchAll(/app\.component\('(\w+)'/g)].map((m) => m[1])
    ).toEqual(['Badge'])
    expect(source).toMatch(/const theme = \{\s*Layout,\s*enhanceApp/)
  })
})
