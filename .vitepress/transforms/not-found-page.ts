/**
 * Puts the 404 page's server-rendered HTML into its `<div id="app">`.
 *
 * VitePress writes the 404 page with an empty `<div id="app">` and lets the
 * Vue app render it in the browser (renderPage() in vitepress/dist/node).
 * In MPA mode there is no app in the browser, so the page would stay blank;
 * the server render it made is in `content`, so it goes there instead.
 *
 * Its language menu then links each locale's version of the page, which
 * for the 404 page is `<locale>404`, a page no locale has; those links go to
 * the locale's home instead.
 */
const emptyApp = '<div id="app"></div>'

/** The 404 page's HTML with its content; any other page as it is. */
export function withNotFoundContent(
  html: string,
  page: string,
  content: string,
  /** Each locale's home path, base included, such as `/ar/`. */
  localeHomes: readonly string[] = []
): string {
  if (page !== '404.md') return html
  if (!html.includes(emptyApp)) {
    throw new Error(
      `docs/404.md: expected VitePress's empty ${emptyApp}. Has VitePress changed its HTML? See .vitepress/transforms/not-found-page.ts.`
    )
  }
  const page404 = localeHomes.reduce(
    (text, home) => text.replaceAll(`href="${home}404"`, `href="${home}"`),
    content
  )
  return html.replace(emptyApp, () => `<div id="app">${page404}</div>`)
}
