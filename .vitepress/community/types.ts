/**
 * The types of the community facts (`.vitepress/community.ts`): inferred
 * from the zod schema in schema.ts, which documents the fields, and for the
 * site's own texts from the English ones (i18n/texts.ts).
 */
import type { z } from 'zod'
import type { englishTexts } from '../i18n/texts'
import type { communitySchema } from './schema'

/** What a resource link points at; shown as an icon and a text label. */
export const resourceKinds = [
  'docs',
  'issues',
  'archive',
  'qa',
  'chat',
  'repository'
] as const
export type ResourceKind = (typeof resourceKinds)[number]

/** Where a resource is listed on the community guide. */
export const resourceGroups = ['before-you-ask', 'talk-to-us'] as const
export type ResourceGroup = (typeof resourceGroups)[number]

export type Community = z.infer<typeof communitySchema>
export type Resource = Community['resources'][number]
export type Contact = Community['contacts'][number]
export type Repository = NonNullable<Community['site']['repository']>
export type Reporting = Community['reporting']
export type Translations = NonNullable<Community['translations']>
/** One translation of the site, served under `/<key>/`. */
export type Locale = Translations['locales'][string]

/** The site's own texts in one language; `{name}` marks a value filled in. */
export type SiteTexts = typeof englishTexts
export type RuleCardTexts = SiteTexts['ruleCard']
