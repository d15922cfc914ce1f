/**
 * The page sanitizer: markdown-it's HTML for a page goes through here before
 * Vue compiles it, as GitHub sanitizes a rendered README, so whatever syntax
 * produced a tag, only what the allowlists let through reaches the page:
 * elements and attributes of html-allowlist.ts (safe URLs, classes and
 * styles), the components of theme/markdown-components.ts with their props,
 * and no `{` or `}` in text (written as character references, so Vue never
 * runs `{{ … }}`, at build time or in the browser; the page shows them).
 *
 * It is sanitize-html on htmlparser2, keeping the case of tags and
 * attributes and reading `<Tag />` as closed, for Vue components. Every
 * removal is returned with its reason: the build fails on it.
 */
import sanitizeHtml from 'sanitize-html'
import { decodeHTMLAttribute } from 'entities'
import {
  attributeValues,
  elementReasons,
  globalAttributes,
  idProblem,
  htmlElements,
  isAllowedClass,
  isAllowedStyle,
  urlAttributes,
  urlProblem
} from './html-allowlist'
import {
  markdownComponents,
  type MarkdownComponent,
  type PropKind
} from '../theme/markdown-components'
import { unsealTag } from './plugin-tags'

export interface Removal {
  /** 0-based line in the Markdown, from the nearest line marker; or none. */
  line?: number
  message: string
}

/**
 * The marker the page plugin writes before each block's HTML, so that a
 * removal names its Markdown line; taken out again here. (Private-use
 * characters: a page that writes them can only confuse line numbers.)
 */
export const lineMarker = (line: number) => `\uE000${line}\uE001`
const lineMarkers = /\uE000(\d+)\uE001/

const components: Readonly<Record<string, MarkdownComponent>> =
  markdownComponents
/** Any element (or component) that may appear somewhere. */
const knownElements = [
  ...Object.keys(htmlElements),
  ...Object.keys(components),
  'template'
]

/** Elements whose text is dropped with them. */
const nonTextTags = ['script', 'style', 'textarea', 'option', 'title', 'xmp']

/** A prop's value checked against its kind: the value to keep, or a reason. */
function checkProp(
  kind: PropKind,
  value: string
): { value: string } | { problem: string } {
  if (Array.isArray(kind))
    return kind.includes(value)
      ? { value }
      : { problem: `must be one of ${kind.join(', ')}` }
  if (kind === 'text') return { value }
  if (kind === 'id')
    return /^[a-z0-9][a-z0-9-]*$/.test(value)
      ? { value }
      : { problem: 'must be an id such as before-you-ask' }
  if (kind === 'path')
    return /^\/(?![/\\])[^\s:]*$/.test(value)
      ? { value }
      : { problem: 'must be a path on this site, such as /changes' }
  if (kind === 'integer')
    return /^\d{1,6}$/.test(value.trim())
      ? { value: String(Number(value)) }
      : { problem: 'must be a whole number, such as :number="3"' }
  try {
    const list: unknown = JSON.parse(value)
    if (Array.isArray(list) && list.every((item) => typeof item === 'string'))
      return { value: JSON.stringify(list) }
  } catch {
    // reported below
  }
  return { problem: 'must be a list of texts, such as ["rule-1"]' }
}

/** What one sanitizer run knows of its page. */
interface PageContext {
  /** Relative to the pages folder: where relative images resolve. */
  page: string
  /** The ids met so far. */
  ids: Set<string>
  report: (message: string) => void
}

/** The attributes an element keeps; reports every one it loses. */
function checkAttributes(
  tag: string,
  parent: string | undefined,
  attributes: Record<string, string>,
  context: PageContext
): Record<string, string> {
  const { page, report } = context
  const kept: Record<string, string> = {}
  const component = components[tag]
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = `${name}=${JSON.stringify(value)} on <${tag}>`
    if (component) {
      const kind = component.props[name]
      if (kind === undefined) {
        report(
          `${attribute}: ${tag} takes ${Object.keys(component.props).join(', ') || 'no props'}`
        )
        continue
      }
      const checked = checkProp(kind, value)
      if ('problem' in checked) report(`${attribute}: ${checked.problem}`)
      else kept[name] = checked.value
      continue
    }
    if (tag === 'template' && parent && components[parent]) {
      const slot = /^#(.+)$/.exec(name)?.[1]
      if (slot && value === '' && components[parent].slots?.includes(slot))
        kept[name] = ''
      else report(`${attribute}: ${parent} has no slot "${name}"`)
      continue
    }
    if (name === 'v-pre' && value === '' && (tag === 'pre' || tag === 'div')) {
      // Stops Vue compiling code blocks and `::: v-pre`: safe anywhere.
      kept[name] = ''
      continue
    }
    const problem = attributeProblem(tag, name, value, page)
    if (problem) report(`${attribute}: ${problem}`)
    else kept[name] = value
  }
  checkTogether(tag, kept, context)
  return kept
}

/** What attributes mean together, or on the page as a whole. */
function checkTogether(
  tag: string,
  kept: Record<string, string>,
  { ids, report }: PageContext
): void {
  // Browsers since 2021 imply noopener; older ones let the new tab's page
  // send this one elsewhere (`window.opener.location`).
  if (
    kept.target === '_blank' &&
    !/\bno(?:opener|referrer)\b/.test(kept.rel ?? '')
  ) {
    report(
      `target="_blank" on <${tag}>: a new tab needs rel="noreferrer" (or noopener), or the page it opens can send this tab elsewhere`
    )
    delete kept.target
  }
  const { id } = kept
  if (id === undefined) return
  const problem = idProblem(id, ids)
  if (problem) {
    report(`id="${id}" on <${tag}>: ${problem}`)
    delete kept.id
  }
  ids.add(id)
}

function attributeProblem(
  tag: string,
  name: string,
  value: string,
  page: string
): string | undefined {
  if (/^on/i.test(name)) return 'an event handler runs code'
  if (/^(?:v-|[:@#.])/.test(name))
    return 'a Vue directive runs code at build time and in readers’ browsers'
  if (name === 'style')
    return isAllowedStyle(tag, value)
      ? undefined
      : 'a style attribute can cover the page or load files'
  if (!globalAttributes.includes(name) && !htmlElements[tag]?.includes(name))
    return `<${tag}> may not have this attribute`
  // htmlparser2 decodes only references that end in ";"; browsers decode
  // more (`&#106avascript:`), so those are not allowed.
  if (decodeHTMLAttribute(value) !== value)
    return 'a character reference without its ";" is read differently by browsers'
  if (urlAttributes.has(name))
    return urlProblem(value, tag === 'img' ? 'image' : 'link', page)
  if (name === 'class') {
    const unknown = value.split(/\s+/).filter((c) => c && !isAllowedClass(c))
    return unknown.length
      ? `class ${unknown.join(', ')} is not one that Markdown produces`
      : undefined
  }
  const pattern = attributeValues[name]
  return pattern && !pattern.test(value)
    ? 'this value is not allowed'
    : undefined
}

function elementProblem(tag: string, parent: string | undefined): string {
  const reason = elementReasons[tag.toLowerCase()]
  if (reason) return `<${tag}> is not allowed: ${reason}`
  if (/^[A-Z]|-/.test(tag))
    return `<${tag}> is not one of the components pages may use (${Object.keys(components).join(', ')})`
  return parent && tag === 'template'
    ? `<template> inside <${parent}> is not allowed`
    : `<${tag}> is not an element pages may use`
}

/**
 * Sanitizes rendered HTML; returns the safe HTML and what it removed.
 * `page` (relative to the pages folder) is where relative images resolve.
 */
export function sanitizePageHtml(
  html: string,
  page = 'index.md'
): {
  html: string
  removals: Removal[]
} {
  const removals: Removal[] = []
  const stack: string[] = []
  let line: number | undefined
  const report = (message: string) => removals.push({ line, message })
  const context: PageContext = { page, ids: new Set(), report }

  const clean = sanitizeHtml(html, {
    allowedTags: knownElements,
    // Attributes are checked (and reported) in transformTags below.
    allowedAttributes: false,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    nonBooleanAttributes: [],
    selfClosing: ['img', 'br', 'hr', 'input', 'wbr'],
    nonTextTags,
    parser: {
      lowerCaseTags: false,
      lowerCaseAttributeNames: false,
      recognizeSelfClosing: true
    },
    onOpenTag: (name) => stack.push(unsealTag(name).name),
    onCloseTag: () => stack.pop(),
    transformTags: {
      '*': (rawName, attribs) => {
        const { name: tagName, sealed } = unsealTag(rawName)
        const parent = stack.at(-2)
        const handWritten = !sealed && components[tagName]?.pluginOnly
        const allowed =
          tagName === 'template'
            ? parent !== undefined && components[parent]?.slots !== undefined
            : knownElements.includes(tagName) && !handWritten
        if (!allowed) {
          report(
            handWritten
              ? `<${tagName}> is written by our Markdown plugins, never by hand: ${handWritten}`
              : elementProblem(tagName, parent)
          )
          // Not in allowedTags: sanitize-html drops the tag, and the text
          // of <script>, <style> and the like.
          return { tagName: removedTagName(tagName), attribs: {} }
        }
        return {
          tagName,
          attribs: checkAttributes(tagName, parent, attribs, context)
        }
      }
    },
    textFilter: (text) => {
      // The line of the last marker, plus the newlines after it.
      const parts = text.split(lineMarkers)
      for (const [index, part] of parts.entries()) {
        if (index % 2 === 1) line = Number(part)
        else if (line !== undefined) line += part.split('\n').length - 1
      }
      const plain = parts.filter((_, index) => index % 2 === 0).join('')
      return plain.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
    }
  })
  return { html: clean, removals }
}

/**
 * A refused tag's new name: not in allowedTags, so sanitize-html drops it,
 * and lower-cased where it then drops the text too (`<SCRIPT>`).
 */
function removedTagName(tagName: string): string {
  const lower = tagName.toLowerCase()
  if (nonTextTags.includes(lower)) return lower
  return knownElements.includes(tagName) ? 'removed-element' : tagName
}
