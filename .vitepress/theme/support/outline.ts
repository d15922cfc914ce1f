/**
 * "On this page" from the headings the Markdown build records
 * (`markdown.headers` in config.mts), with the levels and tree of upstream's
 * resolveHeaders(). Upstream reads them from the DOM once the app has
 * mounted (getHeaders()), which an MPA page never does.
 */
import type { DefaultTheme, Header } from 'vitepress'

/** One outline entry, as VPDocOutlineItem renders it. */
export interface OutlineItem {
  title: string
  link: string
  level: number
  children: OutlineItem[]
}

/** The heading levels an `outline` setting asks for, as upstream reads it. */
export function outlineLevels(
  outline: DefaultTheme.Config['outline'] | undefined
): [number, number] | undefined {
  if (outline === false) return undefined
  const levels =
    (typeof outline === 'object' && !Array.isArray(outline)
      ? outline.level
      : outline) || 2
  if (typeof levels === 'number') return [levels, levels]
  if (levels === 'deep') return [2, 6]
  return levels
}

function flatten(headers: readonly Header[]): Header[] {
  return headers.flatMap((header) => [header, ...flatten(header.children)])
}

/** The outline of a page's headings for an `outline` setting. */
export function outlineItems(
  headers: readonly Header[] | undefined,
  outline: DefaultTheme.Config['outline'] | undefined
): OutlineItem[] {
  const levels = outlineLevels(outline)
  if (!levels || !headers) return []
  const [high, low] = levels
  const result: OutlineItem[] = []
  const stack: OutlineItem[] = []
  for (const { title, link, level } of flatten(headers)) {
    if (level < high || level > low) continue
    const item: OutlineItem = { title, link, level, children: [] }
    while ((stack.at(-1)?.level ?? 0) >= level) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.children.push(item)
    else result.push(item)
    stack.push(item)
  }
  return result
}

/** The outline's label, as upstream's resolveTitle(). */
export function outlineTitle(theme: DefaultTheme.Config): string {
  const { outline } = theme
  return (
    (typeof outline === 'object' && !Array.isArray(outline) && outline.label) ||
    theme.outlineTitle ||
    'On this page'
  )
}
