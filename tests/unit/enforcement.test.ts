import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  enforcementAnchor,
  enforcementSentence,
  enforcementSteps,
  isEnforcementStep
} from '../../.vitepress/rules/enforcement'
import { loadSiteModel } from '../../.vitepress/site/load'

const codeOfConduct = readFileSync('docs/code-of-conduct.md', 'utf8')

describe('the enforcement ladder', () => {
  // VitePress's dead-link check ignores #fragments, so check them here.
  test.each(enforcementSteps)(
    'the code of conduct has a heading for "%s"',
    (step) => {
      expect(codeOfConduct).toMatch(
        new RegExp(`^###? .+ \\{#${enforcementAnchor(step)}\\}$`, 'm')
      )
    }
  )

  test.each([
    {
      step: 'correction',
      sentence:
        'Moderators usually respond with [step 1 of the enforcement ladder, a correction](/code-of-conduct.md#enforcement-correction).'
    },
    {
      step: 'permanent-ban',
      sentence:
        'Moderators usually respond with [step 4 of the enforcement ladder, a permanent ban](/code-of-conduct.md#enforcement-permanent-ban).'
    }
  ] as const)('the sentence for "$step" names and links it', (row) => {
    expect(enforcementSentence(row.step)).toBe(row.sentence)
  })

  test.each([
    ['warning', true],
    ['temporary-ban', true],
    ['ban', false],
    ['Correction', false],
    ['', false]
  ] as const)('"%s" is a step: %s', (value, expected) => {
    expect(isEnforcementStep(value)).toBe(expected)
  })

  test('every Slack rule names its enforcement step', () => {
    const { rules } = loadSiteModel()
    expect(rules.length).toBeGreaterThan(0)
    for (const rule of rules) expect(rule.enforcement, rule.id).toBeDefined()
  })
})
