import { describe, expect, test } from 'vitest'
import { readPage } from '../../.vitepress/content/frontmatter'

describe('readPage, the one frontmatter reader', () => {
  test('reads the data, the body and where the body starts', () => {
    const page = readPage(
      '\uFEFF---\ntitle: A\nhero:\n  name: B\n---\n\n# Body\n',
      'docs/a.md'
    )
    expect(page.data).toEqual({ title: 'A', hero: { name: 'B' } })
    expect(page.body).toBe('\n# Body\n')
    expect(page.bodyOffset).toBe(5)
    expect(page.lineOf(['hero', 'name'])).toBe(4)
    expect(page.lineOf(['missing'])).toBe(1)
  })

  test('a page without frontmatter has empty data', () => {
    expect(readPage('# A\n', 'docs/a.md')).toMatchObject({
      data: {},
      body: '# A\n',
      bodyOffset: 0,
      hasFrontmatter: false
    })
  })

  test.each([
    ['---js\n{}\n---\n', 'js'],
    ['--- javascript\n{}\n---\n', 'javascript'],
    ['\uFEFF---coffee\ntitle: 1\n---\n', 'coffee'],
    ['---yaml\ntitle: A\n---\n', 'yaml']
  ])('%j is refused before gray-matter reads it', (source, language) => {
    expect(() => readPage(source, 'docs/a.md')).toThrow(
      `docs/a.md:1: frontmatter in "${language}" is not allowed: gray-matter would run it as code. Start the file with a line of exactly "---" and write the frontmatter in YAML.`
    )
  })

  test('a list is not frontmatter', () => {
    expect(() => readPage('---\n- a\n---\n', 'docs/a.md')).toThrow(
      'docs/a.md:2: the frontmatter must be a list of "key: value" lines.'
    )
  })
})
