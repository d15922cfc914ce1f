/**
 * Translations, against the fixture community's locales (this spec runs in
 * the other-community project only: our own site publishes none). What each
 * page should say comes from the config's texts and the pages' frontmatter.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locale } from '../../.vitepress/community/types'
import { readPage } from '../../.vitepress/content/frontmatter'
import { fallbackFolder } from '../../.vitepress/i18n/fallbacks'
import { fill } from '../../.vitepress/i18n/texts'
import { buildSiteModel } from '../../.vitepress/site/model'
import { formatDate } from '../../.vitepress/theme/format-date'
import { escapeMrkdwn } from '../../.vitepress/slack/block-kit'
import { globSync } from 'tinyglobby'
import { axeViolations } from './support/axe'
import { gotoHydrated, waitForHydration } from './support/hydration'
import {
  escapeRegExp,
  expect,
  modes,
  test,
  useMode,
  type BuiltSite
} from './support/site'

function locales(builtSite: BuiltSite): [string, Locale][] {
  const entries = Object.entries(
    builtSite.community.translations?.locales ?? {}
  )
  expect(entries.length).toBeGreaterThan(0)
  return entries
}

/** A page's frontmatter in the site's source, or none when it has no file. */
function frontmatter(root: string, file: string) {
  const path = join(root, 'docs', file)
  return existsSync(path)
    ? readPage(readFileSync(path, 'utf8'), file).data
    : undefined
}

/** What the notice of a page in a locale says, from its source. */
function expectedNotice(
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

const rtlPage = (builtSite: BuiltSite) => {
  const [key] = locales(builtSite).find(([, locale]) => locale.dir === 'rtl')!
  return `/${key}${builtSite.rulesPagePath}`
}

test('each page in a locale has its language, direction, notice and hreflang alternates', async ({
  page,
  builtSite,
  site
}) => {
  const seen = new Set<string>()
  for (const [key, locale] of locales(builtSite)) {
    const paths = builtSite.pagePaths.filter((path) =>
      path.startsWith(`/${key}/`)
    )
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path)
        const html = page.locator('html')
        await expect(html).toHaveAttribute('lang', locale.lang)
        await expect(html).toHaveAttribute('dir', locale.dir)
        const original = path.slice(key.length + 1)
        const expected = expectedNotice(site.root, key, locale, original)
        seen.add(expected.status)
        const notice = page.locator('[data-translation-status]')
        await expect(notice).toHaveAttribute('data-status', expected.status)
        await expect(notice).toContainText(expected.text)
        // Each version (and date) in its own <bdi>, so that it reads right
        // inside right-to-left text.
        for (const version of expected.versions)
          await expect(
            notice
              .locator('bdi')
              .filter({ hasText: new RegExp(`^${escapeRegExp(version)}$`) })
          ).toHaveCount(1)
        await expect(
          page.locator('head link[rel="alternate"][hreflang="x-default"]')
        ).toHaveAttribute('href', `${builtSite.siteUrl}${original}`)
        if (expected.status === 'stale') {
          // What changed, the binding text, and which text prevails.
          const links = await notice
            .locator('a')
            .evaluateAll((links) =>
              links.map((link) => link.getAttribute('href'))
            )
          expect(links).toContain(original)
          expect(links.some((href) => href?.startsWith('/changes#'))).toBe(true)
          await expect(notice).toContainText(locale.texts.authoritative)
        }
        await expect(
          page.locator(`head link[rel="alternate"][hreflang="${locale.lang}"]`)
        ).toHaveCount(expected.status === 'missing' ? 0 : 1)
      })
    }
  }
  // The fixture has a page of each kind.
  expect([...seen].sort()).toEqual(['current', 'missing', 'stale'])
})

test('the language switcher moves between a page and its translation', async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite)[0]!
  await gotoHydrated(page, builtSite.rulesPagePath)
  await page.locator('.VPNavBarTranslations button').hover()
  await page.getByRole('link', { name: locale.texts.languageName }).click()
  await expect(page).toHaveURL(new RegExp(`/${key}${builtSite.rulesPagePath}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', locale.lang)
  await expect(page.locator('[data-translation-status]')).toBeVisible()
})

test('a translated rules page keeps every rule id', async ({
  page,
  builtSite
}) => {
  await page.goto(rtlPage(builtSite))
  for (const rule of builtSite.rules)
    await expect(page.locator(`[id="${rule.id}"]`)).toHaveCount(1)
})

test("a translated rules page's copy buttons and report box are in its texts", async ({
  page,
  builtSite,
  site
}) => {
  const [, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const { ruleCard, reportBox } = locale.texts
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await gotoHydrated(page, rtlPage(builtSite))
  for (const rule of builtSite.rules) {
    const card = page.locator('article.RuleCard', {
      has: page.locator(`[id="${rule.id}"]`)
    })
    const number = { number: rule.number }
    await expect(
      card.getByRole('button', {
        name: `${ruleCard.copyLink} ${fill(ruleCard.copyLinkOf, number)}`,
        exact: true
      })
    ).toBeVisible()
    await expect(
      card.getByRole('button', {
        name: `${ruleCard.copyReminder} ${fill(ruleCard.copyReminderOf, number)}`,
        exact: true
      })
    ).toBeVisible()
  }
  // The reminder: the locale's words, page title and rule title.
  const model = sourceModel(site.root, builtSite)
  const rulesPage = model.pages.find(
    (each) => each.path === rtlPage(builtSite)
  )!
  const rule = builtSite.rules[0]!
  const title =
    model.translatedRules.find(
      (each) => each.page === rulesPage.path && each.id === rule.id
    )?.title ?? rule.title
  const firstCard = page.locator('article.RuleCard', {
    has: page.locator(`[id="${rule.id}"]`)
  })
  await firstCard
    .getByRole('button', {
      name: `${ruleCard.copyReminder} ${fill(ruleCard.copyReminderOf, { number: rule.number })}`
    })
    .click()
  await expect(firstCard.getByRole('status')).toContainText(
    ruleCard.reminderCopied
  )
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${fill(ruleCard.reminder, { number: rule.number, page: rulesPage.title, title })}\n${rule.shortUrl}`
  )
  // The policy line: the binding version and date, in the locale's words.
  const original = frontmatter(
    site.root,
    `${builtSite.rulesPagePath.slice(1)}.md`
  )!
  const policyLine = page.locator('main h1 + .PolicyVersion')
  await expect(policyLine).toContainText(
    fill(locale.texts.policy.version, {
      version: String(original.version),
      date: formatDate(String(original.effectiveDate), locale.lang)
    })
  )
  await expect(policyLine.locator('time')).toHaveAttribute(
    'datetime',
    String(original.effectiveDate)
  )
  await expect(
    policyLine.getByRole('link', { name: locale.texts.policy.changesLink })
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: reportBox.title, exact: true })
  ).toBeVisible()
  await expect(
    page.getByText(reportBox.whatToInclude, { exact: true })
  ).toBeVisible()
  // The ways to report and the response times, in the locale's words.
  const box = page.locator('.ReportProblemBox')
  await expect(box).toContainText(locale.reporting.slackModerators)
  await expect(box).toContainText(
    fill(reportBox.responseTimes, locale.reporting.responseTimes)
  )
})

test("a translated code of conduct's reporting sections are in its texts", async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const { reportPage } = locale.texts
  const { reporting } = builtSite.community
  const times = locale.reporting.responseTimes
  await page.goto(`/${key}/code-of-conduct`)
  const titles = (list: string) =>
    page.locator(`.vp-doc ${list} > li > strong`).allInnerTexts()
  expect(await titles('.ReportRoutes')).toEqual([
    ...(reporting.slackReportMessage ? [reportPage.slackReportTitle] : []),
    reportPage.directMessageTitle,
    ...(reporting.email ? [reportPage.emailTitle] : [])
  ])
  await expect(page.locator('.vp-doc .ReportRoutes')).toContainText(
    locale.reporting.slackModerators
  )
  expect(
    await page.locator('.vp-doc .ReportChecklist > li').allInnerTexts()
  ).toEqual(locale.reporting.whatToInclude)
  expect(await titles('.ReportTimeline')).toEqual([
    fill(reportPage.acknowledgeTitle, times),
    fill(reportPage.decideTitle, times),
    reportPage.outcomeTitle
  ])
})

test("an unknown address in a locale gets the 404 page in the locale's texts", async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const { theme } = locale.texts
  const response = await page.goto(`/${key}/no-such-page`)
  expect(response?.status()).toBe(404)
  // The server sends the one 404 page; in the browser, it takes the
  // address's locale.
  await waitForHydration(page)
  const notFound = page.locator('main.NotFoundPage')
  await expect(notFound.getByRole('heading', { level: 1 })).toHaveText(
    theme.notFoundTitle
  )
  await expect(notFound).toContainText(theme.notFoundQuote)
  await expect(notFound).toContainText(fill(theme.notFoundSearch, { key: '/' }))
  await expect(notFound.locator('kbd')).toHaveText('/')
  await expect(
    notFound.getByRole('link', { name: theme.notFoundLink, exact: true })
  ).toHaveAttribute('href', `/${key}/`)
})

for (const mode of modes) {
  test(`right-to-left layout, ${mode} mode: mirrored and accessible`, async ({
    page,
    builtSite
  }) => {
    await useMode(page, mode)
    await gotoHydrated(page, rtlPage(builtSite))
    const sidebar = await page.locator('.VPSidebar').boundingBox()
    const content = await page.locator('.VPDoc h1').first().boundingBox()
    // The sidebar sits on the right of the text in a right-to-left locale.
    expect(sidebar!.x).toBeGreaterThan(content!.x)
    expect(await axeViolations(page)).toEqual([])
  })
}

test("search in a locale finds that locale's pages", async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const path = rtlPage(builtSite)
  await gotoHydrated(page, path)
  const title = (await page.locator('h1').first().innerText()).trim()
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!
  await page.getByRole('button', { name: locale.texts.theme.search }).click()
  await page.getByRole('searchbox').fill(word)
  const results = page.locator('.VPLocalSearchBox .result')
  await expect(results.first()).toBeVisible()
  for (const href of await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? '')
  ))
    expect(href).toMatch(new RegExp(`^/${key}/`))
})

/** The site model of the built site's sources, with its locales. */
function sourceModel(root: string, builtSite: BuiltSite) {
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

test("each locale's Slack welcome message is in its texts, with its rules and pages", async ({
  request,
  builtSite,
  site
}) => {
  const model = sourceModel(site.root, builtSite)
  for (const [key, locale] of locales(builtSite)) {
    const response = await request.get(`/slack/welcome.${key}.json`)
    expect(response.status()).toBe(200)
    const { text, blocks } = (await response.json()) as {
      text: string
      blocks: { type: string; text?: { text: string } }[]
    }
    const texts = locale.texts.welcome
    expect(blocks[0]?.text?.text).toBe(
      fill(texts.title, { community: builtSite.community.name })
    )
    expect(text).toContain(escapeMrkdwn(texts.intro))
    expect(text).toContain(
      fill(escapeMrkdwn(texts.directMessage), {
        moderators: escapeMrkdwn(locale.reporting.slackModerators)
      })
    )
    // The rule titles of the locale's rules page, linked on that page.
    const rulesPage = model.pages.find(
      (page) => page.locale === key && page.original === model.rulesPage!.file
    )!
    expect(text).toContain(`*${rulesPage.title}*`)
    for (const rule of model.rules) {
      const title =
        model.translatedRules.find(
          (each) => each.page === rulesPage.path && each.id === rule.id
        )?.title ?? rule.title
      expect(text).toContain(
        `${rule.number}. <${builtSite.siteUrl}/${key}${rule.links.anchor}|${escapeMrkdwn(title)}>`
      )
    }
    // Every link is to a page of the locale that the build serves.
    const links = [...text.matchAll(/<([^|>]+)\|/g)]
      .map((match) => match[1]!)
      .filter((url) => !url.startsWith('mailto:'))
    expect(links.length).toBeGreaterThan(model.rules.length)
    for (const url of links) {
      const path = builtSite.localPath(url).replace(/#.*$/, '')
      expect(path.startsWith(`/${key}/`)).toBe(true)
      expect((await request.get(path)).status(), url).toBe(200)
    }
  }
})
