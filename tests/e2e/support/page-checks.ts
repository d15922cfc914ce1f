/**
 * The checks the matrix spec (tests/e2e/every-url.spec.ts) runs in its one
 * visit of each built URL. Each returns what it found wrong, so a failure
 * names the page and the problem, and an empty list means the page passed.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  localeReporting,
  localeTexts
} from '../../../.vitepress/i18n/locale-texts'
import { englishTexts } from '../../../.vitepress/i18n/texts'
import { testRepository } from '../../../scripts/lib/test-builds'
import { lastChanged } from './policies'
import type { BuiltSite } from './site'

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels (1280px at 400% zoom) the page does
 * not scroll sideways. Tables and code blocks may scroll inside themselves.
 * Returns the elements that stick out.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement
    const viewport = root.clientWidth
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .filter((element) => element.getBoundingClientRect().width > 0)
      .filter((element) =>
        element.checkVisibility({ visibilityProperty: true })
      )
      // Content that scrolls inside its own box (a table) is allowed.
      .filter((element) => {
        for (
          let parent = element.parentElement;
          parent && parent !== document.body;
          parent = parent.parentElement
        ) {
          if (getComputedStyle(parent).overflowX !== 'visible') return false
        }
        return true
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`
      )
    if (root.scrollWidth > viewport)
      wide.push(`page scrolls to ${root.scrollWidth}px in ${viewport}px`)
    return wide
  })
}

/**
 * The "Report a problem" box: on every page, once, with each route the
 * config has and no other (email only when an address is configured).
 */
export async function reportBoxProblems(
  page: Page,
  site: BuiltSite
): Promise<string[]> {
  const { community } = site
  // The box is in the page's language: its heading and the config's words.
  const locale = localeOf(site, new URL(page.url()).pathname) ?? 'root'
  const reporting = localeReporting(community, locale)
  const { title, reportAction } = localeTexts(community, locale).reportBox
  const box = page.getByRole('region', { name: title, exact: true })
  if ((await box.count()) !== 1) return [`${await box.count()} report boxes`]
  if (!(await box.isVisible())) return ['the report box is hidden']
  const text = (await box.innerText()).replace(/\s+/g, ' ')
  const expected = [
    reporting.slackModerators,
    reporting.responseTimes.acknowledgement,
    reporting.responseTimes.decision,
    ...(reporting.email ? [reporting.email] : []),
    ...(reporting.slackReportMessage ? [reportAction] : [])
  ]
  const problems = expected
    .filter((words) => !text.includes(words))
    .map((words) => `the report box does not say "${words}"`)
  const mailto = await box.locator('a[href^="mailto:"]').count()
  if (mailto !== (reporting.email ? 1 : 0))
    problems.push(`the report box has ${mailto} email links`)
  const slack = box.locator(`a[href="${community.slack.inviteUrl}"]`)
  if ((await slack.count()) === 0)
    problems.push('the report box does not link the Slack invite')
  return problems
}

/**
 * What Slack's link-preview bot reads in the head: a title, a description
 * and a card image that the build wrote, all with absolute URLs on the site.
 */
export async function unfurlProblems(
  page: Page,
  site: BuiltSite
): Promise<string[]> {
  const head = await page.evaluate(() => {
    const meta: Record<string, string> = {}
    for (const tag of document.head.querySelectorAll('meta'))
      meta[tag.getAttribute('property') ?? tag.getAttribute('name') ?? ''] =
        tag.getAttribute('content') ?? ''
    const canonical = document.head.querySelector('link[rel="canonical"]')
    return {
      title: document.title,
      meta,
      canonical: canonical?.getAttribute('href') ?? ''
    }
  })
  const { meta } = head
  const problems: string[] = []
  if (!/\S/.test(head.title)) problems.push('no <title>')
  for (const name of [
    'description',
    'og:title',
    'og:description',
    'og:site_name',
    'og:image:alt'
  ])
    if (!/\S/.test(meta[name] ?? '')) problems.push(`no ${name}`)
  if (
    meta['og:site_name'] &&
    !meta['og:site_name'].includes(site.community.name)
  )
    problems.push(
      `og:site_name "${meta['og:site_name']}" lacks the community name`
    )
  if (meta['twitter:card'] !== 'summary_large_image')
    problems.push('no large Twitter/Slack card')
  for (const [name, url] of [
    ['og:url', meta['og:url']],
    ['og:image', meta['og:image']],
    ['twitter:image', meta['twitter:image']],
    ['canonical', head.canonical]
  ] as const) {
    if (!url?.startsWith(`${site.siteUrl}/`))
      problems.push(`${name} "${url ?? ''}" is not an absolute URL on the site`)
  }
  const image = meta['og:image']
  if (image?.startsWith(`${site.siteUrl}/`)) {
    const path = site.localPath(image)
    if (!path.endsWith('.png') || !site.hasFile(path))
      problems.push(`og:image ${path} is not a PNG the build wrote`)
  }
  return problems
}

/** Elements (and pseudo-elements) that animate or transition for longer than 10 ms. */
export function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (durations: string) =>
      Math.max(
        ...durations
          .split(',')
          .map(
            (duration) =>
              parseFloat(duration) *
              (duration.trim().endsWith('ms') ? 0.001 : 1)
          )
      )
    const moving: string[] = []
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        const seconds = Math.max(
          longest(style.transitionDuration) + longest(style.transitionDelay),
          style.animationName === 'none' ? 0 : longest(style.animationDuration)
        )
        if (seconds > 0.01) {
          const classes = [...element.classList].join('.')
          moving.push(
            `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${pseudo ?? ''} ${seconds}s`
          )
        }
      }
    }
    return moving
  })
}

/**
 * The Markdown file a page is built from: a locale's page that has no
 * translation yet is built from the original.
 */
function sourceFile(site: BuiltSite, root: string, path: string): string {
  const own = `docs${path}.md`
  if (existsSync(join(root, own))) return own
  const locale = localeOf(site, path)
  return locale ? `docs${path.slice(locale.length + 1)}.md` : own
}

/** The key of the locale a path is in (`ar` for `/ar/…`), if any. */
function localeOf(site: BuiltSite, path: string): string | undefined {
  return Object.keys(site.community.translations?.locales ?? {}).find((key) =>
    path.startsWith(`/${key}/`)
  )
}

/**
 * A Markdown page's footer: "Edit this page" opens its file in the
 * repository, the contributing guide is linked, and "Last updated" is the
 * date git last changed the file, written in the page's language.
 */
export async function footerProblems(
  page: Page,
  site: BuiltSite,
  root: string,
  path: string
): Promise<string[]> {
  const repository = site.community.site.repository ?? testRepository
  const file = sourceFile(site, root, path)
  const locale = localeOf(site, path)
  const texts = locale
    ? site.community.translations!.locales[locale]!.texts
    : englishTexts
  const editText = texts.theme.editLink
  const footer = page.locator('.VPDocFooter')
  const problems: string[] = []
  const edit = await footer
    .getByRole('link', { name: editText, exact: true })
    .getAttribute('href', { timeout: 1000 })
    .catch(() => 'none')
  if (edit !== `${repository.url}/edit/${repository.branch}/${file}`)
    problems.push(`"Edit this page" links to ${edit}`)
  const guide = await footer
    .getByRole('link', { name: texts.theme.contributingGuide, exact: true })
    .getAttribute('href', { timeout: 1000 })
    .catch(() => 'none')
  if (guide !== `${repository.url}/blob/${repository.branch}/CONTRIBUTING.md`)
    problems.push(`"contributing guide" links to ${guide}`)
  const changed = lastChanged(root, file)
  const time = footer.locator('.VPLastUpdated time')
  const shown = {
    datetime: await time
      .getAttribute('datetime', { timeout: 1000 })
      .catch(() => null),
    text: await time.textContent({ timeout: 1000 }).catch(() => null)
  }
  // In the page's language, as the label before it.
  const lang = locale
    ? site.community.translations!.locales[locale]!.lang
    : site.community.lang
  const expected = {
    datetime: changed.toISOString(),
    text: new Intl.DateTimeFormat(lang, {
      dateStyle: 'long',
      timeZone: 'UTC'
    }).format(changed)
  }
  if (shown.datetime !== expected.datetime || shown.text !== expected.text)
    problems.push(
      `"Last updated" shows ${JSON.stringify(shown)}, git says ${JSON.stringify(expected)}`
    )
  return problems
}
