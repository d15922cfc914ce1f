/**
 * Translations, against the fixture community's locales (this spec runs in
 * the other-community project only: our own site publishes none). What each
 * page should say comes from the config's texts and the pages' frontmatter.
 * The site's own texts on locale pages: translated-texts.spec.ts.
 */
import { localeTexts } from '../../.vitepress/i18n/locale-texts'
import { languageName } from '../../.vitepress/i18n/notice'
import { fill } from '../../.vitepress/i18n/texts'
import { absoluteUrl, pagePath } from '../../.vitepress/site/paths'
import { escapeMrkdwn } from '../../.vitepress/slack/block-kit'
import { axeViolations } from './support/axe'
import { gotoHydrated } from './support/hydration'
import { englishWordsIn } from '../fixtures/english-words'
import {
  expectedNotice,
  languageOf,
  locales,
  rtlPage,
  shownText,
  sourceModel
} from './support/locales'
import { escapeRegExp, expect, modes, test, useMode } from './support/site'

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
        // The footer (hidden beside a sidebar, but served on every page)
        // and its link to the locale's accessibility statement.
        const footer = page.locator('.VPFooter')
        await expect(footer).toContainText(
          fill(locale.texts.theme.footer, {
            community: builtSite.community.name
          })
        )
        await expect(
          footer.locator('a', {
            hasText: locale.texts.theme.accessibilityStatement
          })
        ).toHaveAttribute(
          'href',
          builtSite.localPath(
            absoluteUrl(builtSite.siteUrl, pagePath(`${key}/accessibility.md`))
          )
        )
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
          await expect(notice).toContainText(
            fill(locale.texts.authoritative, {
              language: languageName(builtSite.community.lang, locale.lang)
            })
          )
        }
        await expect(
          page.locator(`head link[rel="alternate"][hreflang="${locale.lang}"]`)
        ).toHaveCount(expected.status === 'missing' ? 0 : 1)
        // The page's heading (a home page's: its hero's) is in the page's
        // text: a translation's language, or an untranslated page's
        // original's, laid out in its direction.
        expect(await languageOf(page, 'h1')).toEqual(
          expected.status === 'missing'
            ? { lang: builtSite.community.lang, dir: 'ltr' }
            : { lang: locale.lang, dir: locale.dir }
        )
        // Its link preview: the site named in the locale's words, and the
        // text's language.
        await expect(
          page.locator('head meta[property="og:site_name"]')
        ).toHaveAttribute(
          'content',
          fill(locale.texts.theme.siteTitle, {
            community: builtSite.community.name
          })
        )
        await expect(
          page.locator('head meta[property="og:locale"]')
        ).toHaveAttribute(
          'content',
          (expected.status === 'missing'
            ? builtSite.community.lang
            : locale.lang
          ).replace('-', '_')
        )
        // A translated page shows none of the site's English texts (the
        // language switcher names the default language in its own words).
        if (expected.status !== 'missing')
          expect(
            englishWordsIn(await shownText(page), locale.texts, [
              localeTexts(builtSite.community, 'root').languageName
            ])
          ).toEqual([])
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

test("search in a locale speaks its language and finds that locale's pages", async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const path = rtlPage(builtSite)
  await gotoHydrated(page, path)
  const title = (await page.locator('h1').first().innerText()).trim()
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!
  const { theme } = locale.texts
  await page.getByRole('button', { name: theme.search }).click()
  // The dialog speaks the locale's language too.
  const dialog = page.getByRole('dialog', { name: theme.search })
  await expect(
    dialog.getByRole('button', { name: theme.searchClose })
  ).toBeVisible()
  await expect(
    dialog.getByRole('list', { name: theme.searchResults })
  ).toBeAttached()
  // Typed markup stays text, isolated from the sentence's direction.
  const query = '<qqq>zzqxj</qqq>'
  await page.getByRole('searchbox').fill(query)
  const status = dialog.getByRole('status')
  await expect(status).toHaveText(fill(theme.searchNoResults, { query }))
  await expect(status.locator('bdi')).toHaveText(query)
  await expect(status.locator('qqq')).toHaveCount(0)
  await page.getByRole('searchbox').fill(word)
  const results = page.locator('.VPLocalSearchBox .result')
  await expect(results.first()).toBeVisible()
  for (const href of await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? '')
  ))
    expect(href).toMatch(new RegExp(`^/${key}/`))
})

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
