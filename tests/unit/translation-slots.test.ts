import { describe, expect, test } from 'vitest'
import type { SiteTexts } from '../../.vitepress/community/types'
import {
  CommunityConfigError,
  validateCommunity
} from '../../.vitepress/community/validate'
import { languageName } from '../../.vitepress/i18n/notice'
import { englishTexts } from '../../.vitepress/i18n/texts'
import { arabicTexts } from '../fixtures/other-community/.vitepress/arabic-texts'
import {
  exampleCommunity,
  frenchCommunity
} from './fixtures/community-fixtures'

type Edit = (texts: SiteTexts) => void

/** The problems of a config whose `fr` texts are English ones, edited. */
function problemsOf(edit: Edit): string[] {
  const texts = structuredClone(englishTexts)
  edit(texts)
  try {
    validateCommunity({ ...exampleCommunity, ...frenchCommunity(texts) })
  } catch (error) {
    if (error instanceof CommunityConfigError)
      return error.problems.map(({ message }) => message)
    throw error
  }
  return []
}

const at = (field: string) =>
  `.vitepress/community.ts: translations.locales.fr.texts.${field}: `

const badInputs: [name: string, edit: Edit, message: string][] = [
  [
    'a direct message without who to message',
    (t) => (t.accessibilityFeedback.directMessage = '{title} dans le {slack}.'),
    `${at('accessibilityFeedback.directMessage')}"{title} dans le {slack}." has no "{moderators}". Write "{moderators}" where who to message goes.`
  ],
  [
    "a version's entry without its summary",
    (t) => (t.policyChanges.entry = '{version}, {date}'),
    `${at('policyChanges.entry')}"{version}, {date}" has no "{summary}". Write "{summary}" where the maintainers' summary of the version goes.`
  ],
  [
    "a policy's version line without its version and date",
    (t) => (t.policy.version = 'Version en vigueur.'),
    `${at('policy.version')}"Version en vigueur." has no "{version}" and "{date}". Write "{version}" where the version number goes. Write "{date}" where the date goes.`
  ],
  [
    'a mistyped slot',
    (t) => (t.welcome.directMessage = 'Écrivez à {moderator}.'),
    `${at('welcome.directMessage')}"Écrivez à {moderator}." has no "{moderators}" and has "{moderator}", which this text does not fill. Write "{moderators}" where who to message goes. Its slots are "{moderators}".`
  ],
  [
    'a slot in a text that has none',
    (t) => (t.theme.outline = 'Sur {page}'),
    `${at('theme.outline')}"Sur {page}" has "{page}", which this text does not fill. It has no slots: write it without braces.`
  ],
  [
    'an unknown slot beside the right ones',
    (t) => (t.current = 'À jour avec la version {version} du {date}.'),
    `${at('current')}"À jour avec la version {version} du {date}." has "{date}", which this text does not fill. Its slots are "{version}".`
  ],
  [
    "the binding text's notice without its language",
    (t) => (t.authoritative = 'Le texte anglais prévaut.'),
    `${at('authoritative')}"Le texte anglais prévaut." has no "{language}". Write "{language}" where the name of the original's language goes.`
  ],
  [
    'a link whose meaning depends on the text',
    (t) => (t.policyChanges.seeHistory = "Voir l'historique."),
    `${at('policyChanges.seeHistory')}"Voir l'historique." has no "{link}". Write "{link}" where the link to the history goes.`
  ],
  [
    'a slot that holds different things in different texts',
    (t) => (t.ruleCard.reminder = 'Rappel de la règle {number} de la {page}.'),
    `${at('ruleCard.reminder')}"Rappel de la règle {number} de la {page}." has no "{title}". Write "{title}" where the title goes.`
  ],
  [
    'an empty text, which is not also missing its slots',
    (t) => (t.policy.version = ' '),
    `${at('policy.version')}is empty. Write text, such as "${englishTexts.policy.version}".`
  ]
]

describe("a translation's slots", () => {
  test.each(badInputs)(
    '%s fails, naming the field and the slot',
    (_, edit, message) => {
      expect(problemsOf(edit)).toEqual([message])
    }
  )

  test('a text may use a slot twice or once, and in any order', () => {
    expect(
      problemsOf((t) => {
        t.authoritative = 'Le texte en {language} prévaut.'
        t.policy.version = 'En vigueur depuis le {date} : version {version}.'
      })
    ).toEqual([])
  })

  test("the fixture's Arabic texts pass, the original's language named", () => {
    expect(
      problemsOf((t) => Object.assign(t, structuredClone(arabicTexts)))
    ).toEqual([])
    expect(arabicTexts.authoritative).toContain('{language}')
  })
})

test('a language is named in the words of another', () => {
  expect(languageName('en-US', 'ar')).toBe('الإنجليزية')
  expect(languageName('pt-BR', 'en')).toBe('Portuguese')
})
