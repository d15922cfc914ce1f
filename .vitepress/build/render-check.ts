/**
 * Render errors fail the build. When a component throws during the build's
 * server render, Vue (in production) logs it and renders nothing there, and
 * VitePress writes the page anyway. So the theme hands every such error to
 * `recordRenderError` (render-errors.ts, on `globalThis`, as the server
 * bundle and the config are separate module instances), and `transformHtml`
 * calls `checkRenderedPage`: it fails on a recorded error, and on a doc page
 * whose `.vp-doc` came out empty.
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
