import { localeTexts } from '../../.vitepress/i18n/locale-texts'
import { expect, test } from './support/site'

test('each contact: profile link, role, and only the details the config has', async ({
  page,
  builtSite: { community }
}) => {
  // A fixed clock, so that a contact's local time can be checked exactly.
  await page.clock.setFixedTime(new Date('2026-01-15T12:00:00Z'))
  const texts = localeTexts(community, 'root')
  await page.goto('/community')
  await expect(page.locator('.ContactList > li')).toHaveCount(
    community.contacts.length
  )
  for (const contact of community.contacts) {
    await test.step(contact.name, async () => {
      const link = page.getByRole('link', {
        name: `${contact.name} ${texts.theme.externalSite}`,
        exact: true
      })
      await expect(link).toHaveAttribute('href', contact.profileUrl)
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      await expect(link).not.toHaveAttribute('target')

      const item = page.locator('.ContactList > li').filter({ has: link })
      await expect(item.locator('.role')).toHaveText(contact.role)

      const timeZone = item.locator('dt', { hasText: texts.contacts.timeZone })
      const localTime = item.locator('time')
      if (contact.timeZone) {
        await expect(timeZone.locator('+ dd')).toHaveText(contact.timeZone)
        const expected = new Intl.DateTimeFormat(community.lang, {
          timeZone: contact.timeZone,
          weekday: 'short',
          hour: 'numeric',
          minute: '2-digit'
        }).format(new Date('2026-01-15T12:00:00Z'))
        await expect(localTime).toHaveText(expected)
      } else {
        // No time zone is known: nothing is made up in its place.
        await expect(timeZone).toHaveCount(0)
        await expect(localTime).toHaveCount(0)
      }
      const languages = item.locator('dt', {
        hasText: texts.contacts.languages
      })
      await expect(languages).toHaveCount(contact.languages?.length ? 1 : 0)
      if (contact.languages?.length)
        await expect(languages.locator('+ dd')).toContainText(
          contact.languages[0]!
        )
    })
  }
})
