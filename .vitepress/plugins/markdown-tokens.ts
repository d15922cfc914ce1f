/**
 * Helpers for markdown-it plugins that rearrange block tokens after
 * parsing: find a container's tokens, make a heading's or a paragraph's.
 */
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs'
import type Token from 'markdown-it/lib/token.mjs'

/** A container's tokens, from its open token to its close token. */
export type Block = [Token, ...Token[]]

/** The block that starts at `tokens[start]`, a container's open token. */
export function blockAt(tokens: readonly Token[], start: number): Block {
  const [open, ...rest] = tokens.slice(start)
  if (!open) throw new Error(`No token at ${start}.`)
  const closeType = open.type.replace(/_open$/, '_close')
  const end = rest.findIndex(
    (token) => token.type === closeType && token.level === open.level
  )
  return [open, ...rest.slice(0, end + 1)]
}

export function blockToken(
  state: StateCore,
  type: string,
  nesting: -1 | 0 | 1,
  meta?: unknown
): Token {
  const made = new state.Token(type, '', nesting)
  made.block = nesting !== 0
  made.meta = meta
  return made
}

function inlineToken(state: StateCore, content: string): Token {
  const inline = blockToken(state, 'inline', 0)
  inline.content = content
  inline.children = []
  return inline
}

/** An `<h2>` with an id, whose text stays plain: `<` or `*` show as typed. */
export function headingTokens(
  state: StateCore,
  id: string,
  text: string,
  line: number
): Token[] {
  const open = new state.Token('heading_open', 'h2', 1)
  const close = new state.Token('heading_close', 'h2', -1)
  open.markup = close.markup = '##'
  open.block = close.block = true
  open.map = [line, line + 1]
  open.attrSet('id', id)
  const inline = inlineToken(state, text)
  const plain = new state.Token('text', '', 0)
  plain.content = text
  inline.children = [plain]
  return [open, inline, close]
}

/** A paragraph of inline tokens that a plugin made. */
export function paragraphOf(state: StateCore, children: Token[]): Token[] {
  const open = new state.Token('paragraph_open', 'p', 1)
  const close = new state.Token('paragraph_close', 'p', -1)
  open.block = close.block = true
  const inline = inlineToken(
    state,
    children.map((each) => each.content).join('')
  )
  inline.children = children
  return [open, inline, close]
}

/** Sets each token's nesting level, as markdown-it would, from `start`. */
export function withLevels(start: number, tokens: Token[]): Token[] {
  let level = start
  for (const token of tokens) {
    if (token.nesting === -1) level--
    token.level = level
    if (token.nesting === 1) level++
  }
  return tokens
}
