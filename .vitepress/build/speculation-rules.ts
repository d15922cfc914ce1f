/**
 * Speculation Rules: the browser fetches a page of this site while the
 * reader's pointer rests on a link to it (`eagerness: "moderate"`, about
 * 200 ms of hover, or the press itself), so that the full page load MPA
 * mode makes on every click starts early. Only prefetch, never prerender:
 * a prefetch runs no script and costs one HTML file, while a prerendered
 * page would run its islands and count as a visit. Browsers without
 * Speculation Rules ignore the element.
 *
 * It is an inline script, so the CSP allows it by its hash, as every other
 * (inline-code.ts); its text depends only on the site's base path.
 * https://developer.chrome.com/docs/web-platform/prerender-pages
 */
export function speculationRules(base: string): string {
  return JSON.stringify({
    prefetch: [{ where: { href_matches: `${base}*` }, eagerness: 'moderate' }]
  })
}
