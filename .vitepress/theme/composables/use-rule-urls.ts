import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useData } from 'vitepress'
import type { Rule } from '../../rules/rule'
import {
  pageUrl,
  ruleReminder,
  ruleShortUrl,
  ruleUrl
} from '../../rules/rule-urls'
import type { SiteThemeConfig } from '../theme-config'

/**
 * The addresses that point at a rule from outside the site, built from the
 * site URL the build resolved, never from `window.location`: a link copied
 * from a preview or a local build still names the published site.
 */
export function useRuleUrls(
  rule: MaybeRefOrGetter<Pick<Rule, 'id' | 'number' | 'title'>>
) {
  const { theme, page, site } = useData<SiteThemeConfig>()
  const permanentUrl = computed(() =>
    ruleUrl(
      pageUrl(
        theme.value.siteUrl,
        page.value.relativePath,
        site.value.cleanUrls ?? false
      ),
      toValue(rule).id
    )
  )
  const shortUrl = computed(() =>
    ruleShortUrl(theme.value.siteUrl, toValue(rule).id)
  )
  const reminder = computed(() => ruleReminder(toValue(rule), shortUrl.value))
  return { permanentUrl, shortUrl, reminder }
}
