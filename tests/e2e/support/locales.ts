/**
 * The fixture community's locales, as the translation specs read them: the
 * configured locales, what a page's notice should say, the right-to-left
 * rules page, and the site model of the built site's sources.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { globSync } from 'tinyglobby'
import type { Locale } from '../../../.vitepress/community/types'
import { readPage } from '../../../.vitepress/content/frontmatter'
import { fallbackFolder } from '../../../.vitepress/i18n/fallbacks'
import { fill } from '../../../.vitepress/i18n/texts'
import { buildSiteModel } from '../../../.vitepress/site/model'
import { expect, type BuiltSite } from './site'

export function locales(builtSite: BuiltSite): [string, Locale][] {
  const entries = Object.entries(
    builtSite.community.translations?.locales ?? {}
  )
  expect(entries.length).toBeGreaterThan(0)
  return entries
}

/** A page's frontmatter in the site's source, or none when it has no file. */
export function frontmatter(root: string, file: string) {
  const path = join(root, 'docs', file)
  return existsSync(path)
    ? readPage(readFileSync(path, 'utf8'), file).data
    : undefined
}

/** What the notice of a page in a locale says, from its source. */
export function expectedNotice(
  root: string,
  key: string,
  locale: Locale,
  page: string
) {
  const file = `${page.replace(/^\//, '') || 'index'}.md`
  const translation = frontmatter(root, `${key}/${file}`)
  const original = frontmatter(root, file)
  if (!translation)
    return { status: 'missing', text: locale.texts.missing, versions: [] }
  const translated = (translation.translationOf as { version: string }).version
  if (translated === original?.version)
    return {
      status: 'current',
      text: fill(locale.texts.current, { version: translated }),
      versions: [translated]
    }
  const current = String(original?.version)
  return {
    status: 'stale',
    text: fill(locale.texts.stale, { translated, current }),
    versions: [translated, current]
  }
}

/** The rules page of the first right-to-left locale. */
export const rtlPage = (builtSite: BuiltSite) => {
  const [key] = locales(builtSite).find(([, locale]) => locale.dir === 'rtl')!
  return `/${key}${builtSite.rulesPagePath}`
}

/** The site model of the built site's sources, with its locales. */
export function sourceModel(root: string, builtSite: BuiltSite) {
  const files = globSync(['**/*.md'], {
    cwd: join(root, 'docs'),
    ignore: ['**/node_modules/**', `${fallbackFolder}/**`]
  })
  return buildSiteModel({
    pages: files.map((file) => ({
      file,
      text: readFileSync(join(root, 'docs', file), 'utf8')
    })),
    locales: locales(builtSite).map(([key]) => key),
    siteUrl: builtSite.siteUrl,
    redirects: [],
    registry: { $comment: '', urls: [] }
  })
}

/**
 * What a reader meets on the page: its rendered text, and the names, tips
 * and messages in its attributes.
 */
export function shownText(page: Page): Promise<string> {
  return page.locator('body').evaluate((body: HTMLElement) => {
    const names = ['aria-label', 'title', 'placeholder', 'alt']
    const attributes = [...body.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter(({ name }) => names.includes(name) || name.startsWith('data-'))
        .map(({ value }) => value)
    )
    return [body.innerText, ...attributes].join('\n')
  })
}

/** The language and direction that apply to the first element found. */
export function languageOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => ({
      lang: element.closest('[lang]')?.getAttribute('lang'),
      dir: element.closest('[dir]')?.getAttribute('dir')
    }))
}
