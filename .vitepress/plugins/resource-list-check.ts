/**
 * Fails the build, naming the file and line, on a `<ResourceLinkList
 * group="…" />` whose group does not exist: the component throws, but Vue's
 * production server renderer only logs that, so the page would ship without
 * its list. A tag with a bound `:items="…"` is not checked.
 */
import type MarkdownIt from 'markdown-it'
import { resourceGroups, type ResourceGroup } from '../community/types'
import { sourceLocation } from './source-location'

const tagPattern = /<ResourceLinkList\b([^>]*)>/g
const groupPattern = /(?:^|\s)group\s*=\s*(?:"([^"]*)"|'([^']*)')/
const itemsBindingPattern = /(?:^|\s)(?::|v-bind:)items\s*=/

/** The problem with one tag's attributes, or undefined when it is fine. */
function problemWith(attributes: string): string | undefined {
  if (itemsBindingPattern.test(attributes)) return undefined
  const match = groupPattern.exec(attributes)
  const choices = resourceGroups.map((group) => `group="${group}"`).join(', ')
  if (!match) return `<ResourceLinkList> needs a group: ${choices}.`
  const group = match[1] ?? match[2] ?? ''
  if (!resourceGroups.includes(group as ResourceGroup)) {
    return `<ResourceLinkList group="${group}">: unknown group. Use one of: ${choices}.`
  }
  return undefined
}

export function resourceListCheckPlugin(md: MarkdownIt): void {
  md.core.ruler.push('resource_list_check', (state) => {
    for (const block of state.tokens) {
      // A tag on its own line is a block-level html_block, or html_inline
      // in VitePress, whose component rule keeps Vue tags out of <p>. Inside
      // a paragraph it is an inline child, with its paragraph's line.
      const sources = [
        ...(block.type === 'html_block' || block.type === 'html_inline'
          ? [block.content]
          : []),
        ...(block.children ?? [])
          .filter((token) => token.type === 'html_inline')
          .map((token) => token.content)
      ]
      for (const source of sources) {
        for (const tag of source.matchAll(tagPattern)) {
          const problem = problemWith(tag[1] ?? '')
          if (!problem) continue
          // Lines of the block before the tag, so the error names its line.
          const offset = source.slice(0, tag.index).split('\n').length - 1
          const map: [number, number] | null = block.map
            ? [block.map[0] + offset, block.map[1]]
            : null
          throw new Error(`${sourceLocation(state.env, map)}: ${problem}`)
        }
      }
    }
  })
}
