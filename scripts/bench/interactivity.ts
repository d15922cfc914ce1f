/**
 * Time to a working click: how soon after navigation a reader's tap on an
 * island does what it should, on a slow phone and network (the profile of
 * issue 14: 150 ms round trips, 1.6 Mbit/s, 4× CPU slowdown, set through the
 * Chrome DevTools Protocol). From the moment the page's HTML starts to
 * arrive, the probe taps the island every 100 ms, as an impatient reader
 * would, until it works (the search box, the copy status or the menu
 * shows), and reports when it first did, from navigation start and from the
 * first contentful paint.
 *
 * A tap before the island's script runs does nothing, so the figure is
 * the delay a reader meets; for search it includes loading the search on
 * first use. `<details>` menus work with no script at all.
 */
import type { Browser, Page } from '@playwright/test'

export interface Island {
  name: string
  /** What the reader taps; the first match. */
  trigger: string
  /** A class in the page's HTML that says the page has the island. */
  marker: string
  /** True in the page once a tap has worked. */
  worked: (page: Page) => Promise<boolean>
}

const visible = (selector: string) => (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].some((element) =>
        element.checkVisibility()
      ),
    selector
  )

/** The islands the bench probes, by the markup VitePress and we share. */
export const islands: readonly Island[] = [
  {
    name: 'search',
    trigger: '.DocSearch-Button',
    marker: 'DocSearch-Button',
    worked: visible('dialog[open] input, .VPLocalSearchBox input')
  },
  {
    name: 'copy',
    trigger: '.RuleCardActions button',
    marker: 'RuleCardActions',
    worked: (page) =>
      page.evaluate(
        () =>
          !!document
            .querySelector('.RuleCardActions [role="status"]')
            ?.textContent?.trim()
      )
  },
  {
    name: 'menu',
    trigger: '.VPNavBarHamburger',
    marker: 'VPNavBarHamburger',
    worked: visible('#VPNavScreen')
  }
]

/** The slow phone: CPU and network emulated through CDP, cache off. */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

export interface ClickTiming {
  /** ms from navigation start until a tap had worked; NaN if none did. */
  click: number
  /** The first contentful paint, ms from navigation start. */
  fcp: number
}

const pageTime = (page: Page) => page.evaluate(() => performance.now())

/**
 * Whether a tap at the control's centre, scrolled into view, reaches it: no
 * dialog or menu the last tap opened lies over it.
 */
const tappable = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const control = document.querySelector(selector)
    control?.scrollIntoView({ block: 'center', behavior: 'instant' })
    const box = control?.getBoundingClientRect()
    if (!control || !box || box.width === 0) return false
    const hit = document.elementFromPoint(
      box.x + box.width / 2,
      box.y + box.height / 2
    )
    return !!hit && control.contains(hit)
  }, selector)

/** Taps the island every 100 ms from navigation until it works (20 s at most). */
export async function timeToWorkingClick(
  browser: Browser,
  url: string,
  island: Island
): Promise<ClickTiming> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write']
  })
  const page = await context.newPage()
  try {
    await throttle(page)
    await page.goto(url, { waitUntil: 'commit' })
    let click = Number.NaN
    for (let now = 0; now < 20_000; now = await pageTime(page)) {
      if (await island.worked(page).catch(() => false)) {
        click = now
        break
      }
      if (await tappable(page, island.trigger).catch(() => false))
        // A real tap, without waiting for the control to be "ready": that
        // wait is what is measured.
        await page
          .locator(island.trigger)
          .first()
          .click({ force: true, timeout: 1000 })
          .catch(() => {})
      await page.waitForTimeout(100)
    }
    const fcp = await page.evaluate(
      () =>
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
        Number.NaN
    )
    return { click, fcp }
  } finally {
    await context.close()
  }
}

/** Per island, the timings of each run; islands a page lacks are left out. */
export type PageClicks = Record<string, ClickTiming[]>

/** Probes each island the page has, `runs` times, each from a cold load. */
export async function measureClicks(
  browser: Browser,
  url: string,
  runs: number
): Promise<PageClicks> {
  const html = await (await fetch(url)).text()
  const clicks: PageClicks = {}
  for (const island of islands) {
    if (!html.includes(island.marker)) continue
    for (let run = 0; run < runs; run++)
      (clicks[island.name] ??= []).push(
        await timeToWorkingClick(browser, url, island)
      )
  }
  return clicks
}
