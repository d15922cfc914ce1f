// @vitest-environment happy-dom
/**
 * The sidebar's collapsible groups on the built pages
 * (.vitepress/theme/islands/sidebar-groups.ts) fold as upstream's
 * VPSidebarItem does: by the caret, or anywhere on the title row of a
 * group that is not a link; a group that is a link folds by its caret only.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { startSidebarGroups } from '../../.vitepress/theme/islands/sidebar-groups'

/** A collapsible group as VPSidebarItem renders it, with or without a link. */
function group(link: boolean): string {
  const title = link
    ? '<a class="VPLink link" href="/guide"><p class="text">Guide</p></a>'
    : '<p class="text">Guide</p>'
  return `<section class="VPSidebarItem level-0 collapsible"><div class="item" role="button" tabindex="0" aria-expanded="true"><div class="indicator"></div>${title}<div class="caret" role="button" tabindex="0"></div></div><div class="items"></div></section>`
}

const cases = [
  {
    name: 'no link: a click on the text folds',
    link: false,
    at: '.text',
    folds: true
  },
  {
    name: 'no link: a click on the row folds',
    link: false,
    at: '.indicator',
    folds: true
  },
  {
    name: 'no link: a click on the caret folds',
    link: false,
    at: '.caret',
    folds: true
  },
  {
    name: 'a link: a click on the row outside the link does not fold',
    link: true,
    at: '.indicator',
    folds: false
  },
  {
    name: 'a link: a click on the link does not fold',
    link: true,
    at: '.text',
    folds: false
  },
  {
    name: 'a link: a click on the caret folds',
    link: true,
    at: '.caret',
    folds: true
  }
]

describe('sidebar groups', () => {
  let controller = new AbortController()
  afterEach(() => {
    controller.abort()
    controller = new AbortController()
    document.body.replaceChildren()
  })

  test.each(cases)('$name', ({ link, at, folds }) => {
    document.body.innerHTML = group(link)
    startSidebarGroups(controller.signal)
    document.querySelector<HTMLElement>(at)!.click()
    const item = document.querySelector('.VPSidebarItem')!
    expect(item.classList.contains('collapsed')).toBe(folds)
    expect(item.querySelector('.item')!.getAttribute('aria-expanded')).toBe(
      String(!folds)
    )
  })

  test('Enter on the title row folds a group that is not a link, not one that is', () => {
    for (const link of [false, true]) {
      document.body.innerHTML = group(link)
      startSidebarGroups(controller.signal)
      const row = document.querySelector<HTMLElement>('.item')!
      row.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })
      )
      expect(
        document
          .querySelector('.VPSidebarItem')!
          .classList.contains('collapsed')
      ).toBe(!link)
      controller.abort()
      controller = new AbortController()
    }
  })
})
