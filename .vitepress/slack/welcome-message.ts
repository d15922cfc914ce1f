/**
 * The Slack workspace's welcome message, built from the community config and
 * the site model, so it never drifts from the site: a title and short link
 * for each rule, the code of conduct, and how to report a problem. Each
 * locale of the config's translations gets its own, in its texts and
 * linking to its pages.
 *
 * The pages it links to are found by their files (site/guide-pages.ts). A
 * site without a code of conduct page gets no code of conduct part and no
 * "how to report" link; one without a community guide gets no footer. The
 * message still builds, with no dead link.
 */
import type { Community, Locale } from '../community/types'
import { localeReporting } from '../i18n/locale-texts'
import { englishTexts, fill } from '../i18n/texts'
import {
  codeOfConductFile,
  communityGuideFile,
  reportingSectionId
} from '../site/guide-pages'
import type { SiteModel } from '../site/model'
import { absoluteUrl, anchorPath, localePath } from '../site/paths'
import {
  checkedMessage,
  escapeMrkdwn,
  layoutMessage,
  mrkdwnLink as link,
  type SlackMessage
} from './block-kit'

export interface WelcomeMessageInput {
  community: Community
  /** The pages, the rules (and their translations) and the site's URL. */
  model: Pick<SiteModel, 'siteUrl' | 'pages' | 'rules' | 'rulesPage'> &
    Partial<Pick<SiteModel, 'translatedRules'>>
  /**
   * A locale's key (`ar`): the message in its texts, linking to its pages,
   * with the rule titles of its rules page when it is translated.
   */
  locale?: string
}

/** The configured locale of `--lang`, or an error naming the configured ones. */
export function welcomeLocale(community: Community, key: string): Locale {
  const locales = community.translations?.locales ?? {}
  const locale = locales[key]
  if (locale) return locale
  const known = Object.keys(locales)
  throw new Error(
    known.length === 0
      ? `--lang "${key}": this community has no translations (translations.locales in .vitepress/community.ts is empty or missing).`
      : `--lang "${key}" is not a configured language; the configured languages are: ${known.join(', ')}.`
  )
}

export function welcomeMessage({
  community,
  model,
  locale
}: WelcomeMessageInput): SlackMessage {
  // The default language's texts are the config's, else English.
  const texts = locale
    ? welcomeLocale(community, locale).texts.welcome
    : (community.translations?.texts?.welcome ?? englishTexts.welcome)
  const url = (path: string) =>
    absoluteUrl(model.siteUrl, localePath(locale, path))
  // A page of the default language, or a section of it, in the locale (every
  // locale serves every page: i18n/locale-pages.ts); none if it is missing.
  const pageUrl = (file: string, section?: string) => {
    const page = model.pages.find((each) => each.file === file)
    return page && url(section ? anchorPath(page.path, section) : page.path)
  }
  const codeOfConductUrl = pageUrl(codeOfConductFile)
  const reportingUrl = pageUrl(codeOfConductFile, reportingSectionId)
  const communityGuideUrl = pageUrl(communityGuideFile)
  // A fixed sentence, escaped, with its slots filled (links, escaped values).
  const say = (text: string, values: Record<string, string> = {}) =>
    fill(escapeMrkdwn(text), values)
  // Who to message, in the locale's words.
  const reporting = localeReporting(community, locale ?? 'root')
  const rulesPage =
    locale && model.rulesPage
      ? (model.pages.find(
          (page) =>
            page.locale === locale && page.original === model.rulesPage?.file
        ) ?? model.rulesPage)
      : model.rulesPage
  const rulesTitle = rulesPage?.title ?? texts.rulesHeading
  // A locale's own rules page gives its titles and summaries; a rule it
  // lacks keeps the original's. The default language links a rule by its
  // permanent short link (which leads to the original); a locale, to the
  // rule on its own page.
  const rules = model.rules.map((rule) => {
    const translated =
      rulesPage?.locale && !rulesPage.fallback
        ? model.translatedRules?.find(
            (each) => each.page === rulesPage.path && each.id === rule.id
          )
        : undefined
    return {
      number: rule.number,
      title: (translated ?? rule).title,
      summary: (translated ?? rule).summary,
      url: locale ? url(rule.links.anchor) : rule.links.shortUrl
    }
  })

  const reportLines = [
    reporting.slackReportMessage ? `• ${say(texts.reportMessage)}` : undefined,
    `• ${say(texts.directMessage, { moderators: escapeMrkdwn(reporting.slackModerators) })}`,
    reporting.email
      ? `• ${say(texts.email, { email: `<mailto:${reporting.email}|${escapeMrkdwn(reporting.email)}>` })}`
      : undefined,
    reportingUrl
      ? say(texts.notSure, { link: link(reportingUrl, texts.howToReportLink) })
      : undefined
  ].filter((line): line is string => line !== undefined)

  return layoutMessage(
    fill(texts.title, { community: community.name }),
    [
      { lines: [say(texts.intro)] },
      {
        heading: rulesTitle,
        lines: [
          ...rules.map(
            (rule) =>
              `${rule.number}. ${link(rule.url, rule.title)}: ${escapeMrkdwn(rule.summary)}`
          ),
          say(texts.rulesInFull, {
            link: link(url(model.rulesPage?.path ?? '/'), rulesTitle)
          })
        ]
      },
      ...(codeOfConductUrl
        ? [
            {
              heading: texts.codeOfConductHeading,
              lines: [
                say(texts.codeOfConduct, {
                  link: link(
                    codeOfConductUrl,
                    fill(texts.codeOfConductLink, { community: community.name })
                  )
                })
              ]
            }
          ]
        : []),
      { heading: texts.reportingHeading, lines: reportLines }
    ],
    communityGuideUrl
      ? say(texts.footer, {
          link: link(communityGuideUrl, texts.communityGuideLink)
        })
      : undefined
  )
}

/** The message, or an error naming each limit it breaks (fails the build). */
export function checkedWelcomeMessage(
  input: WelcomeMessageInput
): SlackMessage {
  return checkedMessage('The Slack welcome message', welcomeMessage(input))
}
