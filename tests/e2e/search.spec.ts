import { defaultTexts } from '../../.vitepress/i18n/locale-config'
import { fill } from '../../.vitepress/i18n/texts'
import { gotoHydrated } from './support/hydration'
import { expect, test } from './support/site'

test('search says when nothing matches, closes, then finds a rule by a word from its text and goes there', async ({
  page,
  builtSite
}) => {
  const { theme } = defaultTexts(builtSite.community)
  const rule = builtSite.rules.at(-1)!
  // A word from the rule's text as the page shows it, not from its title.
  await gotoHydrated(page, builtSite.rulesPagePath)
  const text = (
    await page
      .getByRole('article', { name: rule.title })
      .locator('p')
      .allInnerTexts()
  ).join(' ')
  const titleWords = new Set(rule.title.toLowerCase().split(/\W+/))
  const word = text
    .split(/[^A-Za-z]+/)
    .filter((candidate) => !titleWords.has(candidate.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0]!
  expect(word.length).toBeGreaterThan(4)

  await page.goto('/')
  const searchButton = page.getByRole('button', { name: theme.search })
  await searchButton.click()
  const dialog = page.getByRole('dialog', { name: theme.search })
  const query = 'zzqxj'
  await page.getByRole('searchbox').fill(query)
  await expect(dialog.getByRole('status')).toHaveText(
    fill(theme.searchNoResults, { query })
  )
  await dialog.getByRole('button', { name: theme.searchClose }).click()
  await expect(dialog).toBeHidden()

  await searchButton.click()
  await page.getByRole('searchbox').fill(word)
  const result = page.locator(`.VPLocalSearchBox .result[href$="#${rule.id}"]`)
  await expect(result).toHaveCount(1)
  await result.click()
  await expect(page).toHaveURL(new RegExp(`#${rule.id}$`))
  await expect(page.locator(`[id="${rule.id}"]`)).toBeInViewport()
})
