/**
 * The site's own texts on a locale's pages (rule cards and their
 * enforcement sentences, the policy line, the report box, the code of
 * conduct's reporting sections and heading anchors, the 404 page), against
 * the fixture community's Arabic locale. Every expected text comes from its
 * config. Runs in the other-community project only.
 */
import { fill } from '../../.vitepress/i18n/texts'
import { enforcementAnchor } from '../../.vitepress/rules/enforcement'
import {
  codeOfConductFile,
  reportingSectionId
} from '../../.vitepress/site/guide-pages'
import { absoluteUrl, anchorPath, pagePath } from '../../.vitepress/site/paths'
import { formatDate } from '../../.vitepress/theme/format-date'
import { gotoHydrated, waitForHydration } from './support/hydration'
import { frontmatter, locales, rtlPage, sourceModel } from './support/locales'
import { expect, test } from './support/site'

test("a translated rules page's copy buttons and report box are in its texts", async ({
  page,
  builtSite,
  site
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
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
  // The skip link and the dark-mode switch are named in its words too.
  await expect(page.locator('.VPSkipLink')).toHaveText(
    locale.texts.theme.skipToContent
  )
  await expect(
    page.getByRole('switch', {
      name: locale.texts.theme.darkTheme,
      exact: true
    })
  ).toBeVisible()
  // The examples' captions (their figures' names) are the locale's words.
  const captions = { good: ruleCard.goodExample, poor: ruleCard.poorExample }
  for (const [kind, caption] of Object.entries(captions)) {
    const examples = await page.locator(`figure.RuleExample.${kind}`).count()
    expect(examples).toBeGreaterThan(0)
    await expect(
      page.getByRole('figure', { name: caption, exact: true })
    ).toHaveCount(examples)
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
  // Each card's enforcement sentence: the locale's words, and the step as
  // the locale's code of conduct names it (else the original's), linked
  // there. The fixture translates its code of conduct, so some link does.
  const translatedSteps = model.translatedLadders[key] ?? []
  expect(translatedSteps.length).toBeGreaterThan(0)
  const enforced = model.translatedRules.filter(
    (each) => each.page === rulesPage.path && each.enforcement
  )
  expect(enforced.length).toBeGreaterThan(0)
  for (const each of enforced) {
    const original = model.ladder.find(
      (step) => step.id === each.enforcement!.step
    )!
    const step =
      translatedSteps.find((translated) => translated.id === original.id) ??
      original
    const words = fill(ruleCard.enforcementStep, {
      number: original.number,
      title: step.title
    })
    const sentence = page
      .locator('article.RuleCard', { has: page.locator(`[id="${each.id}"]`) })
      .locator('.consequence-label + p')
    await expect(sentence).toHaveText(
      fill(ruleCard.enforcement, { step: words })
    )
    const target = anchorPath(
      pagePath(step.page.slice(1)),
      enforcementAnchor(step.id)
    )
    await expect(
      sentence.getByRole('link', { name: words, exact: true })
    ).toHaveAttribute(
      'href',
      builtSite.localPath(absoluteUrl(builtSite.siteUrl, target))
    )
  }
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
  // A link that leaves the site says so in the locale's words.
  const slack = box.locator('a.ExternalLink').first()
  await expect(slack.locator('.visually-hidden')).toHaveText(
    locale.texts.theme.externalSite
  )
  // "How reporting works" leads to the locale's code of conduct.
  const conduct = model.pages.find(
    (each) => each.locale === key && each.original === codeOfConductFile
  )!
  await expect(
    box.getByRole('link', { name: reportBox.guideLink, exact: true })
  ).toHaveAttribute(
    'href',
    builtSite.localPath(
      absoluteUrl(
        builtSite.siteUrl,
        anchorPath(conduct.path, reportingSectionId)
      )
    )
  )
  await expect(box).toContainText(locale.reporting.slackModerators)
  await expect(box).toContainText(
    fill(reportBox.responseTimes, locale.reporting.responseTimes)
  )
  // The report email starts in the locale's words too (the fixture
  // community has a report address, so its link is in the box).
  const email = builtSite.community.reporting.email!
  expect(email).toBeTruthy()
  const href = await box
    .getByRole('link', { name: email, exact: true })
    .getAttribute('href')
  const mailto = new URL(href!)
  const name = { community: builtSite.community.name }
  expect(mailto.searchParams.get('subject')).toBe(
    fill(reportBox.emailSubject, name)
  )
  expect(mailto.searchParams.get('body')).toContain(
    [
      reportBox.emailGreeting,
      '',
      fill(reportBox.emailIntro, name),
      reportBox.emailHint
    ].join('\r\n')
  )
})

test("a translated code of conduct's reporting sections are in its texts", async ({
  page,
  builtSite
}) => {
  const [key, locale] = locales(builtSite).find(([, l]) => l.dir === 'rtl')!
  const { reportPage, theme } = locale.texts
  const { reporting } = builtSite.community
  const times = locale.reporting.responseTimes
  await page.goto(`/${key}/code-of-conduct`)
  // Each heading's anchor link is named in the locale's words.
  const anchors = await page
    .locator('.vp-doc :is(h1, h2, h3) > a.header-anchor')
    .evaluateAll((links) =>
      links.map((link) => ({
        heading: link.parentElement!.textContent!.replace('\u200b', '').trim(),
        label: link.getAttribute('aria-label')
      }))
    )
  expect(anchors.length).toBeGreaterThan(0)
  expect(anchors.map(({ label }) => label)).toEqual(
    anchors.map(({ heading }) => fill(theme.permalink, { title: heading }))
  )
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
  // The footer speaks the locale's language too.
  const footer = page.locator('.VPFooter')
  await expect(footer).toHaveAttribute('lang', locale.lang)
  await expect(footer).toHaveAttribute('dir', locale.dir)
  await expect(footer).toContainText(
    fill(theme.footer, { community: builtSite.community.name })
  )
  await expect(
    footer.getByRole('link', { name: theme.accessibilityStatement })
  ).toHaveAttribute('href', `/${key}/accessibility`)
})
