/**
 * Lets `:::` containers nest with three colons each, as maintainers write a
 * rule with its examples inside. markdown-it-container (VitePress's, for
 * `::: tip`) closes a container at the first marker line with at least as
 * many colons, so before parsing this gives each container one more colon
 * than the deepest marker inside it, code fences included. Only marker lines
 * change, so line numbers in error messages stay true.
 */
import type MarkdownIt from 'markdown-it'

const markerLine = /^(\s{0,3})(:{3,})(.*)$/
const fenceLine = /^\s{0,3}(`{3,}|~{3,})/

interface Open {
  line: number
  colons: number
  /** The most colons of any marker line inside it. */
  inner: number
}

/** The source with each container's marker lines given enough colons. */
export function nestContainers(src: string): string {
  const lines = src.split('\n')
  const stack: Open[] = []
  let fence: string | undefined
  const widen = (line: number, colons: number) => {
    lines[line] = (lines[line] ?? '').replace(/:{3,}/, ':'.repeat(colons))
  }
  lines.forEach((text, index) => {
    const fenceMarker = fenceLine.exec(text)?.[1]
    const marker = markerLine.exec(text)
    const top = stack.at(-1)
    if (fence) {
      if (fenceMarker?.startsWith(fence)) fence = undefined
      // A marker line in code still ends a container that is not wider.
      else if (marker && marker[3]?.trim() === '' && top)
        top.inner = Math.max(top.inner, marker[2]?.length ?? 0)
      return
    }
    if (fenceMarker) {
      fence = fenceMarker
      return
    }
    if (!marker) return
    const colons = marker[2]?.length ?? 3
    if (marker[3]?.trim()) {
      stack.push({ line: index, colons, inner: 0 })
      return
    }
    const closed = stack.pop()
    if (!closed) return
    const need = Math.max(closed.colons, closed.inner + 1)
    if (need > closed.colons) {
      widen(closed.line, need)
      widen(index, need)
    }
    const parent = stack.at(-1)
    if (parent) parent.inner = Math.max(parent.inner, need)
  })
  return lines.join('\n')
}

export function nestedContainersPlugin(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'nested_containers', (state) => {
    state.src = nestContainers(state.src)
  })
}
