/** Facts about the built site that the end-to-end tests share. */
import { readFileSync } from 'node:fs'

const distFolder = '.vitepress/dist'

/** Every page path in the built sitemap, such as `/slack-rules`. */
export function builtPagePaths(): string[] {
  const sitemap = readFileSync(`${distFolder}/sitemap.xml`, 'utf8')
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname
  )
}

/** The pages in the top navigation, with their titles and main headings. */
export const navigationPages = [
  { path: '/community', title: 'Community guide', heading: 'Community guide' },
  { path: '/slack-rules', title: 'Slack rules', heading: 'Slack rules' },
  {
    path: '/code-of-conduct',
    title: 'Code of conduct',
    heading: 'Code of conduct'
  }
] as const

/**
 * The published rule ids. They are permanent: Slack messages link to them,
 * so this list only ever grows.
 */
export const ruleIds = [
  'assume-positive-intent',
  'use-threads',
  'no-sensitive-information',
  'write-good-questions',
  'tag-people-sparingly',
  'ask-in-public',
  'no-unrelated-promotion'
] as const

/** Makes the page start in dark mode, as a returning reader who chose it. */
export const darkModeInitScript = (): void => {
  localStorage.setItem('vitepress-theme-appearance', 'dark')
}
