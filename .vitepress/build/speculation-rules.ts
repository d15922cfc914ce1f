/**
 * Speculation Rules: the browser prefetches a page of this site while the
 * pointer rests on a link to it (`moderate`: about 200 ms of hover), so the
 * full load MPA mode makes on each click starts early. Never prerender: that
 * would run the page's islands and count as a visit. An inline script, so
 * the CSP allows it by hash (inline-code.ts).
 * https://developer.chrome.com/docs/web-platform/prerender-pages
 */
export function speculationRules(base: string): string {
  return JSON.stringify({
    prefetch: [{ where: { href_matches: `${base}*` }, eagerness: 'moderate' }]
  })
}
