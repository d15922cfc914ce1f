/**
 * The notice at the top of a page in a locale, computed at build time and
 * handed to the page as data (`pageData.translation`), in the locale's own
 * words: up to date, stale (which version, since when, what changed), or
 * not translated yet. On a policy page it also says which text is binding.
 */
import type { Community, SiteTexts } from '../community/types'
import { isPolicyFile, policyId } from '../policy/policies'
import type { SiteModel, SitePage } from '../site/model'
import { pagesFolder } from '../plugins/source-location'
import { anchorPath, pagePath } from '../site/paths'
import { changesPath } from '../site/guide-pages'
import { pageFreshness, type Freshness } from './freshness'

/**
 * A text and its slots' values, filled where it is shown (FilledText.vue),
 * each value in its own `<bdi>` so it reads right in right-to-left text.
 */
export interface TextWithValues {
  text: string
  values: Record<string, string | number>
}

export interface TranslationNotice {
  status: Freshness['status']
  /** The notice's language: the locale's. */
  lang: string
  dir: 'ltr' | 'rtl'
  message?: TextWithValues
  detail?: TextWithValues
  /** Policy pages: the binding text is the original, in its `{language}`. */
  authoritative?: TextWithValues
  /** Site paths (without the base), with their texts. */
  links: { href: string; text: string }[]
}

function message(
  status: Freshness,
  texts: SiteTexts
): Pick<TranslationNotice, 'message' | 'detail'> {
  switch (status.status) {
    case 'current':
      return {
        message: { text: texts.current, values: { version: status.version } }
      }
    case 'stale':
      return {
        message: {
          text: texts.stale,
          values: { translated: status.translated, current: status.current }
        },
        ...(status.since && {
          detail: { text: texts.staleSince, values: status.since }
        })
      }
    case 'missing':
      return { message: { text: texts.missing, values: {} } }
    default:
      return {}
  }
}

/**
 * `languageName('en-US', 'ar')` → `الإنجليزية`: a tag's language, named in
 * another language's words.
 */
export function languageName(lang: string, inLang: string): string {
  const { language } = new Intl.Locale(lang)
  return (
    new Intl.DisplayNames([inLang], { type: 'language' }).of(language) ??
    language
  )
}

/** The notice of a page in a locale; none in the default language. */
export function translationNotice(
  page: SitePage,
  model: Pick<SiteModel, 'pages'>,
  community: Community,
  root: string
): TranslationNotice | undefined {
  const locale = page.locale && community.translations?.locales[page.locale]
  const status = pageFreshness(page, model, root)
  if (!locale || !status) return undefined
  const originalFile = `${pagesFolder}/${page.original}`
  const policy = isPolicyFile(originalFile) && policyId(originalFile)
  const { texts } = locale
  const links = [
    ...(policy && status.status === 'stale'
      ? [{ href: anchorPath(changesPath, policy), text: texts.changesLink }]
      : []),
    ...(page.fallback
      ? []
      : [{ href: pagePath(page.original), text: texts.sourceLink }])
  ]
  return {
    status: status.status,
    lang: locale.lang,
    dir: locale.dir,
    ...message(status, texts),
    ...(policy &&
      !page.fallback && {
        authoritative: {
          text: texts.authoritative,
          values: { language: languageName(community.lang, locale.lang) }
        }
      }),
    links
  }
}
