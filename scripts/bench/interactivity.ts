/**
 * Time to a working click: how soon after navigation a reader's tap on an
 * island does what it should, on a slow phone and network (issue 14's
 * profile: 150 ms round trips, 1.6 Mbit/s, 4× CPU slowdown). From the first
 * byte of the page, the probe taps the island every 100 ms, as an impatient
 * reader would, until it works (the search box, the copy status or the menu
 * shows). A tap before the island's script runs does nothing, so the figure
 * is the delay a reader meets; for search it includes loading the search.
 */
import type { Browser } from '@playwright/test'

/**
 * The islands the bench probes, by the markup VitePress and we share: what
 * the reader taps (the first match; a page whose HTML has its first class
 * has the island), and what shows (`visible`) or is written (`text`) once a
 * tap has worked.
 */
export const islands = [
  {
    name: 'search',
    trigger: '.DocSearch-Button',
    effect: {
      selector: 'dialog[open] input, .VPLocalSearchBox input',
      shows: 'visible'
    }
  },
  {
    name: 'copy',
    trigger: '.RuleCardActions button',
    effect: { selector: '.RuleCardActions [role="status"]', shows: 'text' }
  },
  {
    name: 'menu',
    trigger: '.VPNavBarHamburger',
    effect: { selector: '#VPNavScreen', shows: 'visible' }
  }
] as const
type Island = (typeof islands)[number]

/**
 * Runs in the page from its first byte: every 100 ms, unless the effect
 * shows, it taps the control (`click()`, handled when the main thread is
 * free, as a real tap is). Timing in the page keeps the driver's round trips
 * out of the figure. A string, so that no helper of tsx (`__name`) reaches
 * a page that lacks it.
 */
const tapUntilItWorks = ({ trigger, effect }: Island): string => `{
  const effect = ${JSON.stringify(effect)}
  const shows = () =>
    [...document.querySelectorAll(effect.selector)].some((element) =>
      effect.shows === 'visible'
        ? element.checkVisibility()
        : !!element.textContent.trim()
    )
  const timer = setInterval(() => {
    if (shows()) {
      window.tapWorkedAt = performance.now()
      clearInterval(timer)
    } else document.querySelector(${JSON.stringify(trigger)})?.click()
  }, 100)
}`

interface ClickTiming {
  /** ms from navigation start until a tap had worked; NaN if none did. */
  click: number
  /** The first contentful paint, ms from navigation start. */
  fcp: number
}

/** Taps the island every 100 ms from navigation until it works (20 s at most). */
async function timeToWorkingClick(
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
    // The slow phone: CPU and network emulated through CDP, cache off.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript({ content: tapUntilItWorks(island) })
    await page.goto(url, { waitUntil: 'commit' })
    const click = await page
      .waitForFunction(
        () => (window as { tapWorkedAt?: number }).tapWorkedAt,
        undefined,
        { timeout: 20_000 }
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => Number.NaN)
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
export type PageClicks = Partial<Record<Island['name'], ClickTiming[]>>

/** Probes each island the page has, `runs` times, each from a cold load. */
export async function measureClicks(
  browser: Browser,
  url: string,
  runs: number
): Promise<PageClicks> {
  const html = await (await fetch(url)).text()
  const clicks: PageClicks = {}
  for (const island of islands) {
    if (!html.includes(island.trigger.slice(1).split(' ')[0] ?? '')) continue
    for (let run = 0; run < runs; run++)
      (clicks[island.name] ??= []).push(
        await timeToWorkingClick(browser, url, island)
      )
  }
  return clicks
}
