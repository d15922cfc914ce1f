/**
 * Our dead-link and dead-#anchor check on the Markdown source: a
 * markdown-it plugin records each page's links (with their line) and the ids
 * its HTML renders; a Vite plugin checks them all once every page is
 * rendered (`buildEnd`, before VitePress's own check at `renderStart`) and
 * stops the build with every problem as `docs/<file>.md:<line>: …`.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type MarkdownIt from 'markdown-it'
import type { Plugin } from 'vite'
import type { SiteConfig } from 'vitepress'
import { attribute, parseElements } from '../build/html-document'
import { failOnContentErrors } from '../content-error'
import { sourceLocation } from '../plugins/source-location'
import {
  linkProblems,
  type MarkdownLink,
  type PageLinks
} from './link-problems'

interface LinkEnv {
  relativePath?: string
  markdownLinks?: MarkdownLink[]
}

/** A markdown-it plugin for `markdown.config` and a Vite plugin. */
export function createContentLinkCheck(options: {
  /** The top-level `public/` folder. */
  publicDir: string
  /** Site paths the build writes besides pages: short links, redirects, `/rules.json`. */
  generated: () => Iterable<string>
}) {
  const { publicDir } = options
  const pages = new Map<string, PageLinks>()

  function markdownPlugin(md: MarkdownIt): void {
    md.core.ruler.push('collect_links', (state) => {
      const env = state.env as LinkEnv
      const links = (env.markdownLinks ??= [])
      for (const block of state.tokens) {
        for (const token of block.children ?? []) {
          const href = token.type === 'link_open' && token.attrGet('href')
          if (href)
            links.push({ href, location: sourceLocation(env, block.map) })
        }
      }
    })
    const render = md.render.bind(md)
    md.render = (src, env: LinkEnv = {}) => {
      const html = render(src, env)
      if (env.relativePath) {
        pages.set(env.relativePath, {
          links: env.markdownLinks ?? [],
          ids: new Set(
            parseElements(html).flatMap(
              (element) => attribute(element, 'id') ?? []
            )
          )
        })
      }
      env.markdownLinks = []
      return html
    }
  }

  let site: SiteConfig | undefined
  const vitePlugin: Plugin = {
    name: 'community-docs:content-links',
    configResolved(config) {
      site = (config as unknown as { vitepress?: SiteConfig }).vitepress
    },
    buildEnd(error) {
      // Only a full build has rendered every page.
      if (error || !site) return
      // Pages by the path they are served at: a translation's fallback copy
      // (i18n/fallbacks.ts) is rewritten to its place in the locale.
      const { rewrites } = site
      const targets = new Map(
        site.pages.map((page) => {
          const served = rewrites.map[page] ?? page
          return [
            served,
            pages.get(served) ?? { links: [], ids: new Set<string>() }
          ]
        })
      )
      const generated = new Set(options.generated())
      failOnContentErrors(
        linkProblems({
          pages: targets,
          isServed: (path) => {
            if (generated.has(path)) return true
            const file = join(publicDir, path)
            return existsSync(file) && statSync(file).isFile()
          }
        })
      )
    }
  }
  return { markdownPlugin, vitePlugin }
}
