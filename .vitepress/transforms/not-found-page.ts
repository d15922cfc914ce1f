/**
 * Puts the 404 page's server-rendered HTML into its `<div id="app">`, which
 * VitePress leaves empty for the Vue app (renderPage() in
 * vitepress/dist/node): in MPA mode there is no app, so the page would stay
 * blank. Its language menu's links to `<locale>404`, a page no locale has,
 * go to the locale's home instead.
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
