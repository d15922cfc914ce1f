/**
 * What `npm run screenshots` takes, from the site model, so that it serves
 * any community: each page (its translations too, not the fallback copies
 * of untranslated ones) wide in light and narrow in dark, the first rule as
 * a newcomer lands on it from a Slack link (narrow, light), and the 404 page.
 */
import type { SiteModel } from '../../.vitepress/site/model'

interface ScreenshotView {
  /** A site path, `#fragment` included. */
  path: string
  /** The PNG's name, without `.png`. */
  name: string
  width: number
  scheme: 'light' | 'dark'
}

const wide = 1280
const narrow = 360

/** A path that no page has, for the 404 page. */
export const missingPagePath = '/no-such-page'

export function screenshotViews(
  model: Pick<SiteModel, 'pages' | 'rules'>
): ScreenshotView[] {
  const views = model.pages
    .filter((page) => !page.fallback)
    .flatMap(({ path, file }): ScreenshotView[] => {
      // `index.md` → `index`; `ar/slack-rules.md` → `ar-slack-rules`.
      const name = file.replace(/\.md$/, '').replace(/\//g, '-')
      return [
        { path, name, width: wide, scheme: 'light' },
        { path, name: `${name}-phone-dark`, width: narrow, scheme: 'dark' }
      ]
    })
  const [firstRule] = model.rules
  if (firstRule)
    views.push({
      path: firstRule.links.anchor,
      name: 'rule-link-phone',
      width: narrow,
      scheme: 'light'
    })
  views.push({
    path: missingPagePath,
    name: '404',
    width: wide,
    scheme: 'dark'
  })
  return views
}
