/**
 * The site model's view of translations: which locale a page file is in,
 * the pages a locale lacks (served from the original, see fallbacks.ts), and
 * the checks that a translated page keeps its original's rule ids and
 * enforcement step ids, so that `/<key>/<page>#<rule-id>` lands on the same
 * rule in every language.
 */
import { ContentError } from '../content-error'
import { siteLadder, type EnforcementStep } from '../rules/enforcement'
import type { SitePage, SiteRule } from '../site/model'
import { localeFile, localePath } from '../site/paths'

/** `ar/slack-rules.md` → `{ locale: 'ar', original: 'slack-rules.md' }`. */
export function localeOfFile(
  file: string,
  locales: readonly string[]
): { locale?: string; original: string } {
  const [first, ...rest] = file.split('/')
  return first && rest.length > 0 && locales.includes(first)
    ? { locale: first, original: rest.join('/') }
    : { original: file }
}

/**
 * The pages, plus one fallback per locale for each original it has not
 * translated: the original's facts at the locale's path.
 */
export function withFallbacks(
  pages: readonly SitePage[],
  locales: readonly string[]
): SitePage[] {
  const originals = pages.filter((page) => !page.locale)
  const fallbacks = locales.flatMap((locale) =>
    originals
      .filter(
        (original) =>
          !pages.some(
            (page) => page.locale === locale && page.original === original.file
          )
      )
      .map((original): SitePage => ({
        ...original,
        file: localeFile(locale, original.file),
        path: localePath(locale, original.path),
        locale,
        fallback: true
      }))
  )
  return [...pages, ...fallbacks]
}

/**
 * A translated page may hold only rules its original has, with the same
 * number, so `#use-threads` finds the same rule in every language.
 */
export function checkTranslatedRules(
  read: readonly { page: SitePage; rules: readonly SiteRule[] }[],
  originals: readonly SiteRule[]
): void {
  for (const { page, rules } of read) {
    if (!page.locale) continue
    for (const rule of rules) {
      const original = originals.find((each) => each.id === rule.id)
      const originalPage = `docs/${page.original}`
      if (!original || !original.source.startsWith(`${originalPage}:`)) {
        throw new ContentError(
          rule.source,
          `the rule "${rule.id}" is not on ${originalPage}. A translated rule keeps its original's id, so that links reach the same rule in every language.`
        )
      }
      if (original.number !== rule.number) {
        throw new ContentError(
          rule.source,
          `the rule "${rule.id}" has number ${rule.number} here and ${original.number} in ${originalPage}. Use ${original.number}.`
        )
      }
    }
  }
}

/**
 * Each locale's enforcement ladder: its translated code of conduct's steps,
 * which must be the original's, numbered as there.
 */
export function translatedLadders(
  read: readonly { page: SitePage; ladder: EnforcementStep[] }[],
  original: readonly EnforcementStep[],
  locales: readonly string[]
): Record<string, EnforcementStep[]> {
  const translated = (step: EnforcementStep): EnforcementStep => {
    const page = `/${localeOfFile(step.page.slice(1), locales).original}`
    const twin = original.find((each) => each.id === step.id)
    if (twin?.page === page) return { ...step, number: twin.number }
    throw new ContentError(
      step.source,
      `the enforcement step "${step.id}" is not on docs${page}. A translated step keeps its original's id, so that links reach the same step in every language.`
    )
  }
  return Object.fromEntries(
    locales.map((locale) => {
      const ladders = read
        .filter((entry) => entry.page.locale === locale)
        .map((entry) => entry.ladder)
      return [locale, siteLadder(ladders).map(translated)]
    })
  )
}
