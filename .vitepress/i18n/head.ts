/**
 * `hreflang` alternates in each page's head: the original and every real
 * translation of it (a fallback is the original's text, so it is not one),
 * and `x-default`, the original, for readers in any other language.
 */
import type { HeadConfig } from 'vitepress'
import type { Community } from '../community/types'
import type { SiteModel, SitePage } from '../site/model'
import { absoluteUrl } from '../site/paths'

export function alternateLinks(
  page: SitePage,
  model: Pick<SiteModel, 'pages' | 'siteUrl'>,
  community: Pick<Community, 'lang' | 'translations'>
): HeadConfig[] {
  const locales = community.translations?.locales
  if (!locales) return []
  const link = (hreflang: string, path: string): HeadConfig => [
    'link',
    { rel: 'alternate', hreflang, href: absoluteUrl(model.siteUrl, path) }
  ]
  const versions = model.pages.filter(
    (each) => each.original === page.original && !each.fallback
  )
  return [
    ...versions.map((each) =>
      link(
        (each.locale && locales[each.locale]?.lang) || community.lang,
        each.path
      )
    ),
    ...versions
      .filter((each) => !each.locale)
      .map((each) => link('x-default', each.path))
  ]
}
