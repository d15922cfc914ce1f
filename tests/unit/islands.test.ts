// @vitest-environment happy-dom
/**
 * The islands' one list (.vitepress/theme/islands/index.ts): the built pages
 * and `npm run dev` start it, so an island missing from it, or started
 * from a component of its own, would work in one and not the other. Dev
 * starts the list again on every page, so a stopped island must leave no
 * listener behind.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  appIslands,
  componentIslands,
  startIslands
} from '../../.vitepress/theme/islands'

const islandsFolder = '.vitepress/theme/islands'
const componentsFolder = '.vitepress/theme/components'

/** The modules a source file imports from its own folder, by file name. */
function localImports(source: string): string[] {
  return [
    ...source.matchAll(/from '\.\/([\w-]+)'|import\('\.\/([\w-]+)'\)/g)
  ].map((match) => `${match[1] ?? match[2]}.ts`)
}

describe('the islands list', () => {
  test('only PageIslands.vue has a client script: every island starts from the list', () => {
    const withClientScript = readdirSync(componentsFolder).filter((file) =>
      /<script\b[^>]*\bclient\b/.test(
        readFileSync(join(componentsFolder, file), 'utf8')
      )
    )
    expect(withClientScript).toEqual(['PageIslands.vue'])
  })

  test('lists every island module; the rest are helpers other islands import', () => {
    const files = readdirSync(islandsFolder).filter(
      (file) => file.endsWith('.ts') && file !== 'index.ts'
    )
    const read = (file: string) =>
      readFileSync(join(islandsFolder, file), 'utf8')
    const listed = localImports(read('index.ts'))
    const helpers = files.flatMap((file) => localImports(read(file)))
    const unstarted = files.filter(
      (file) => !listed.includes(file) && !helpers.includes(file)
    )
    expect(listed.length).toBeGreaterThan(0)
    expect(unstarted).toEqual([])
  })

  test('no island is in both lists', () => {
    expect(
      appIslands.filter((island) => componentIslands.includes(island))
    ).toEqual([])
  })
})

describe('starting the islands again, as npm run dev does on each page', () => {
  afterEach(() => {
    document.body.replaceChildren()
    document.documentElement.classList.remove('dark')
    localStorage.clear()
  })

  test('a stopped start leaves no listener: one click, one switch', () => {
    document.body.innerHTML =
      '<button class="AppearanceSwitch" data-dark-title="To dark" data-light-title="To light"></button>'
    const button = document.querySelector<HTMLElement>('.AppearanceSwitch')!
    const first = new AbortController()
    startIslands(componentIslands, first.signal)
    first.abort()
    const second = new AbortController()
    startIslands(componentIslands, second.signal)
    button.click()
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    expect(button.getAttribute('aria-checked')).toBe('true')
    second.abort()
    button.click()
    expect(document.documentElement.classList.contains('dark')).toBe(true)
  })

  test("the sidebar's Menu gets one backdrop however often it starts", () => {
    document.body.innerHTML =
      '<div class="VPLocalNav"><button class="menu"></button></div><aside class="VPSidebar"><nav id="VPSidebarNav"></nav></aside>'
    const first = new AbortController()
    startIslands(componentIslands, first.signal)
    first.abort()
    const second = new AbortController()
    startIslands(componentIslands, second.signal)
    expect(document.querySelectorAll('.SidebarBackdrop')).toHaveLength(1)
    second.abort()
    expect(document.querySelectorAll('.SidebarBackdrop')).toHaveLength(0)
  })
})
