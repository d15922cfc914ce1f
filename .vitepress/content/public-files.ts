/**
 * What public/ may hold. Its files are served as they are, from the site's
 * own origin, so a pull request could otherwise add a page or a script
 * there (`public/x.html`, `public/x.js`) that no sanitizer ever reads, or
 * an SVG that runs script when opened. Only passive files are allowed, and
 * an SVG only with drawing elements and attributes.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import sanitizeHtml from 'sanitize-html'
import { listFiles } from '../build/files'
import type { ContentProblem } from './problems'

/** Images, documents and fonts: files a browser shows and never runs. */
const passiveFiles =
  /\.(?:png|jpe?g|gif|webp|avif|ico|svg|pdf|txt|woff2?|json)$/i

/** The SVG that icons and logos need: shapes, paint, text. No links. */
const svgElements = [
  ...['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline'],
  ...['polygon', 'defs', 'lineargradient', 'radialgradient', 'stop'],
  ...['clippath', 'mask', 'title', 'desc', 'text', 'tspan']
]
const svgAttributes = [
  ...['xmlns', 'xmlns:xlink', 'viewbox', 'width', 'height', 'x', 'y', 'x1'],
  ...['x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'fill'],
  ...['stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'],
  ...['fill-rule', 'clip-rule', 'opacity', 'fill-opacity', 'stroke-opacity'],
  ...['transform', 'offset', 'stop-color', 'stop-opacity', 'id', 'clip-path'],
  ...['mask', 'gradientunits', 'gradienttransform', 'font-size'],
  ...['font-family', 'font-weight', 'text-anchor', 'role', 'aria-label'],
  'aria-hidden'
]

/** What an SVG holds beyond drawing, as messages. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = []
  // The parser below never shows declarations, processing instructions or
  // entity references: the browser expands a DTD's entities into markup,
  // and `<?xml-stylesheet?>` loads a file. Only a leading `<?xml …?>`.
  const body = svg.replace(/^\uFEFF?\s*<\?xml\s[^>]*\?>/, '')
  for (const [declaration] of body.matchAll(/<![A-Z]+|<\?[^\s?>]*/gi))
    problems.push(`${declaration}> is not allowed in an SVG file`)
  for (const [reference] of body.matchAll(
    /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)[^\s;<]*;?/gi
  ))
    problems.push(
      `the entity reference ${reference} is not allowed in an SVG file (only &amp; &lt; &gt; &quot; &apos; and numeric ones)`
    )
  const encoding = /^\uFEFF?\s*<\?xml\s[^>]*encoding\s*=\s*["']([^"']*)/i.exec(
    svg
  )?.[1]
  if (encoding && encoding.toLowerCase() !== 'utf-8')
    problems.push(
      `the XML declaration names the encoding "${encoding}"; only UTF-8 is allowed, as the browser would read the file in that encoding and this check does not`
    )
  sanitizeHtml(body, {
    allowedTags: false,
    allowedAttributes: false,
    // Only the parse is used, never the output.
    allowVulnerableTags: true,
    parser: {
      xmlMode: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true
    },
    onOpenTag: (name, attributes) => {
      if (!svgElements.includes(name))
        problems.push(`<${name}> is not allowed in an SVG file`)
      for (const [attribute, value] of Object.entries(attributes))
        if (!svgAttributes.includes(attribute))
          problems.push(
            `${attribute}="${value}" on <${name}> is not allowed in an SVG file`
          )
        // A CSS escape (`u\rl(`, `\75 rl(`) hides url( from the next test.
        else if (value.includes('\\'))
          problems.push(
            `${attribute}="${value}" on <${name}> has a backslash (a CSS escape)`
          )
        else if (/url\(\s*['"]?(?!#)/i.test(value))
          problems.push(`${attribute}="${value}" on <${name}> loads a file`)
    }
  })
  return problems
}

const notUtf8 =
  'the file is not UTF-8 text, so a browser could read in it markup this check cannot see'

/**
 * The problems of an SVG file, read as bytes: one not in UTF-8 (`FF FE`
 * starts UTF-16) would look like noise here and like markup to a browser.
 */
export function svgFileProblems(path: string): string[] {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
  } catch {
    return [notUtf8]
  }
  return text.includes('\0') ? [notUtf8] : svgProblems(text)
}

/** Symbolic links under `folder`, which listFiles does not see. */
function symbolicLinks(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) =>
      relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')
    )
    .sort()
}

/**
 * `public/` or `docs/` itself as a symbolic link, which the checks of what
 * is below it cannot see: the build would read (and copy, for public/) a
 * folder anywhere on the machine that builds the site.
 */
export function folderLinkProblems(
  folder: string,
  name: string
): ContentProblem[] {
  if (!lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) return []
  const message = `${name}/ is a symbolic link: the build would read, and publish, whatever folder it points to on the machine that builds the site. Make it a folder.`
  return [{ file: name, message }]
}

/** Every file in public/ that is not passive, with its reason. */
export function publicFolderProblems(folder: string): ContentProblem[] {
  const linked = folderLinkProblems(folder, 'public')
  if (linked.length > 0) return linked
  // The deploy (actions/upload-pages-artifact) follows links: one to
  // /etc/passwd, or to a secret beside the checkout, would be published.
  const links = symbolicLinks(folder).map((file) => ({
    file: `public/${file}`,
    message:
      'symbolic links may not be in public/: the site would publish the file it points to, from wherever the site is built.'
  }))
  return links.concat(
    listFiles(folder).flatMap((file) => {
      const where = `public/${file}`
      if (!passiveFiles.test(file))
        return [
          {
            file: where,
            message:
              'only images, PDFs, text, JSON and fonts may be in public/: its files are served from the site as they are, so a page or a script there would run unchecked.'
          }
        ]
      if (!file.toLowerCase().endsWith('.svg')) return []
      return svgFileProblems(join(folder, file)).map((message) => ({
        file: where,
        message: `${message}: an SVG opened on its own can run script.`
      }))
    })
  )
}

/**
 * Files of public/ at a path where the build writes its own file (the
 * search index, `robots.txt`, a short link): whichever is written last wins,
 * so a pull request could replace the search index and its result links.
 * Checked once the build is done, when the output holds both; the public
 * copy never overwrites (mpa-output.ts), so any difference is a clash.
 */
export function publicFileClashes(
  publicDir: string,
  outDir: string
): ContentProblem[] {
  if (!existsSync(publicDir)) return []
  return listFiles(publicDir)
    .filter((file) => {
      const built = join(outDir, file)
      return (
        existsSync(built) &&
        !readFileSync(built).equals(readFileSync(join(publicDir, file)))
      )
    })
    .map((file) => ({
      file: `public/${file}`,
      message: `the build writes its own ${file}, which this file would replace or be replaced by: rename it or remove it.`
    }))
}
