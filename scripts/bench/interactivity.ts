/**
 * Time to a working click: how soon after navigation a reader's tap on an
 * island does what it should, on a slow phone and network (the profile of
 * issue 14: 150 ms round trips, 1.6 Mbit/s, 4× CPU slowdown, set through the
 * Chrome DevTools Protocol). From the moment the page's HTML starts to
 * arrive, the probe taps the island every 100 ms, as an impatient reader
 * would, until it works, and reports when the tap that worked was made,
 * from navigation start and from the first contentful paint.
 *
 * A tap before the island's script runs does nothing, so the figure is
 * the delay a reader meets. `<details>` menus work with no script at all.
 */
import type { Browser, Page } from '@playwright/test'

export interface Island {
  name: string
  /** What the reader taps; the first match. */
  trigger: string
  /** A class in the page's HTML that says the page has the island. */
  marker: string
  /** True in the page once the tap has worked. */
  worked: (page: Page) => Promise<boolean>
  /**
   * For an island that loads on first use: the requests a working tap
   * starts. Such a tap counts from that request; the effect may come later.
   */
  loads?: RegExp
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
    worked: visible('dialog[open] input, .VPLocalSearchBox input'),
    loads: /search/i
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
  /** ms from navigation start to the tap that worked; NaN if none did. */
  click: number
  /** ms from that tap until its effect showed (the search box open). */
  effect: number
  /** The first contentful paint, ms from navigation start. */
  fcp: number
}

const pageTime = (page: Page) => page.evaluate(() => performance.now())

/** Whether a tap at the control's centre reaches it (no dialog over it). */
const tappable = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const control = document.querySelector(selector)
    const box = control?.getBoundingClientRect()
    if (!control || !box || box.width === 0) return false
    const hit = document.elementFromPoint(
      box.x + box.width / 2,
      box.y + box.height / 2
    )
    return !!hit && control.contains(hit)
  }, selector)

/**
 * Taps the island every 100 ms from navigation until a tap works: its effect
 * shows within 100 ms, or it starts the island's lazy load. Then waits for
 * the effect. 20 s at most.
 */
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
  let loadStarted = false
  page.on('request', (request) => {
    if (island.loads?.test(request.url())) loadStarted = true
  })
  const worked = () => island.worked(page).catch(() => false)
  try {
    await throttle(page)
    await page.goto(url, { waitUntil: 'commit' })
    let click = Number.NaN
    while (Number.isNaN(click) && (await pageTime(page)) < 20_000) {
      const now = await pageTime(page)
      if (await tappable(page, island.trigger).catch(() => false)) {
        // A real tap, without waiting for the control to be "ready": that
        // wait is what is measured.
        await page
          .locator(island.trigger)
          .first()
          .click({ force: true, timeout: 1000 })
          .catch(() => {})
        await page.waitForTimeout(100)
        if (loadStarted || (await worked())) click = now
      } else await page.waitForTimeout(100)
    }
    let effect = Number.NaN
    while (!Number.isNaN(click) && (await pageTime(page)) < click + 20_000) {
      if (await worked()) {
        effect = (await pageTime(page)) - click
        break
      }
      await page.waitForTimeout(50)
    }
    const fcp = await page.evaluate(
      () =>
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
        Number.NaN
    )
    return { click, effect, fcp }
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
