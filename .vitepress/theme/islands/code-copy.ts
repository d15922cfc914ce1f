/**
 * Code blocks' copy buttons and code groups' tabs, as VitePress's app does
 * them (useCopyCode, useCodeGroups, 1.6.4): the copy leaves out removed diff
 * lines, `vp-copy-ignore` and shell prompts. When the browser refuses the
 * clipboard, the code is selected for a copy by hand.
 */
import { selectContents, writeToClipboard } from './clipboard'
import { onClick } from './on-click'

const shell = /language-(shellscript|shell|bash|sh|zsh)/
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>()

/** The text a copy button copies from the code beside it. */
export function codeText(code: Element, language: string): string {
  const clone = code.cloneNode(true) as Element
  for (const node of clone.querySelectorAll('.vp-copy-ignore, .diff.remove'))
    node.remove()
  const text = clone.textContent ?? ''
  return shell.test(language) ? text.replace(/^ *(\$|>) /gm, '').trim() : text
}

async function copy(button: HTMLElement): Promise<void> {
  const block = button.parentElement
  const code = button.nextElementSibling?.nextElementSibling
  if (!block || !code) return
  if (!(await writeToClipboard(codeText(code, block.className)))) {
    selectContents(code)
    return
  }
  button.classList.add('copied')
  clearTimeout(timers.get(button))
  timers.set(
    button,
    setTimeout(() => {
      button.classList.remove('copied')
      button.blur()
      timers.delete(button)
    }, 2000)
  )
}

/** Shows the block of the code group tab that was picked. */
function pickTab(input: HTMLElement): void {
  const group = input.closest('.vp-code-group')
  const blocks = group?.querySelector('.blocks')
  if (!group || !blocks) return
  const index = [...group.querySelectorAll<HTMLElement>('input')].indexOf(input)
  const current = blocks.querySelector(':scope > .active')
  const next = blocks.children[index]
  if (!next || current === next) return
  current?.classList.remove('active')
  next.classList.add('active')
}

/** Serves every code block and code group, until `signal` aborts. */
export function startCodeCopy(signal: AbortSignal): void {
  onClick(
    'div[class*="language-"] > button.copy',
    (button) => void copy(button),
    signal
  )
  onClick('.vp-code-group input', pickTab, signal)
}
