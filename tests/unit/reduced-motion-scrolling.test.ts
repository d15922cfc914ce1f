import { describe, expect, test } from 'vitest'
import { withoutSmoothScrolling } from '../../.vitepress/theme/composables/use-reduced-motion-scrolling'

describe('withoutSmoothScrolling', () => {
  test.each([
    [
      'smooth becomes instant',
      { top: 0, behavior: 'smooth' },
      { top: 0, behavior: 'instant' }
    ],
    ['auto stays', { top: 5, behavior: 'auto' }, { top: 5, behavior: 'auto' }],
    ['no behavior stays', { left: 1 }, { left: 1 }],
    ['scrollIntoView(true) stays', true, true],
    ['a number (scrollTo(x, y)) stays', 10, 10]
  ])('%s', (_name, options, expected) => {
    expect(withoutSmoothScrolling(options)).toEqual(expected)
  })

  test('does not change the caller’s object', () => {
    const options = { top: 0, behavior: 'smooth' as const }
    withoutSmoothScrolling(options)
    expect(options.behavior).toBe('smooth')
  })
})
