/**
 * Render errors fail the build.
 *
 * When a component throws while VitePress renders a page at build time, Vue
 * (in production) logs the error and renders nothing in its place, and
 * VitePress writes the page anyway: the build exits 0 with an empty or
 * half-empty page. (A page whose module throws on import fails the build
 * already: renderPage() in vitepress/dist/node imports it again and
 * rethrows.)
 *
 * So the theme, during the build's server render only, hands every error to
 * `recordRenderError` (through Vue's `app.config.errorHandler`), and the
 * site config's `transformHtml`, which sees every page's rendered HTML,
 * calls `checkRenderedPage`: it fails on any recorded error, and on a doc
 * page whose `.vp-doc` came out empty. The server bundle and the config are
 * separate module instances in one Node process, so the errors travel on
 * `globalThis` (render-errors.ts, which the theme imports: it stays small).
 */
import { ContentError } from '../content-error'
import { parseElements, textOf } from './html-document'
import { takeRenderErrors } from './render-errors'

export interface RenderedPage {
  /** `pageData.relativePath`, such as `slack-rules.md`. */
  relativePath: string
  /** The file to name in errors, such as `docs/slack-rules.md`. */
  source: string
  /** `frontmatter.layout`; VitePress's default is `doc`. */
  layout?: unknown
  /** The app's rendered HTML (`content` in transformHtml). */
  content: string
}

/** Whether the `.vp-doc` of a rendered doc page holds no text or media. */
export function isDocEmpty(content: string): boolean {
  const elements = parseElements(content)
  const doc = elements.find((element) =>
    element.attrs.some(
      ({ name, value }) =>
        name === 'class' && value.split(/\s+/).includes('vp-doc')
    )
  )
  if (!doc) return true
  const { startOffset = 0, endOffset = 0 } = doc.sourceCodeLocation ?? {}
  const media = ['img', 'svg', 'video', 'audio', 'picture']
  const hasMedia = elements.some((element) => {
    const at = element.sourceCodeLocation?.startOffset ?? -1
    return media.includes(element.tagName) && at > startOffset && at < endOffset
  })
  return textOf(doc).trim() === '' && !hasMedia
}

/** Throws a ContentError naming the source file if the render went wrong. */
export function checkRenderedPage(page: RenderedPage): void {
  const errors = takeRenderErrors(page.relativePath)
  if (errors.length > 0) {
    throw new ContentError(
      page.source,
      `Rendering the page threw: ${errors.join('; ')}.`,
      'Fix the component or the Markdown that uses it; an error there leaves part of the page empty.'
    )
  }
  const layout = page.layout ?? 'doc'
  if (layout === 'doc' && isDocEmpty(page.content)) {
    throw new ContentError(
      page.source,
      'The page rendered with no content.',
      'A doc page needs text; if a component on it failed, the build log above says which.'
    )
  }
}
