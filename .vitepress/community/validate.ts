/**
 * Checks the community facts when the site config loads, so a typo fails
 * `vitepress build` (and `dev`) with a message naming the field and what a
 * valid value looks like (schema.ts). TypeScript catches wrong shapes in
 * the editor; this catches wrong values, and shapes from untyped edits.
 */
import { ContentError } from '../content-error'
import { communitySchema } from './schema'
import type { Community } from './types'

const source = '.vitepress/community.ts'

/** One or more problems in the config; its message lists them all. */
export class CommunityConfigError extends ContentError {
  constructor(readonly problems: readonly ContentError[]) {
    const [first, ...rest] = problems
    const others = rest.map((problem) => `\n  - ${problem.message}`).join('')
    super(
      first?.location ?? source,
      `${first?.problem ?? 'The config is not valid.'}${others ? ` More problems:${others}\n` : ''}`,
      first?.fix
    )
  }
}

/** `contacts[0] ("Ada").role`: indexes, with the entry's title or name. */
export function fieldPath(
  path: readonly PropertyKey[],
  input: unknown
): string {
  let node = input
  let field = ''
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key]
    if (typeof key === 'number') {
      const entry = node as { title?: unknown; name?: unknown } | undefined
      const label = entry?.title ?? entry?.name
      field += `[${key}]`
      if (typeof label === 'string' && label.trim()) {
        field += ` ("${label}")`
      }
    } else {
      field += `${field ? '.' : ''}${String(key)}`
    }
  }
  return field
}

/**
 * Returns the config unchanged when every value is valid; otherwise throws a
 * `CommunityConfigError` (a ContentError) naming each field that is wrong.
 */
export function validateCommunity(community: Community): Community {
  const result = communitySchema.safeParse(community)
  if (result.success) return community
  throw new CommunityConfigError(
    result.error.issues.map((issue) => {
      return new ContentError(
        `${source}: ${fieldPath(issue.path, community)}`,
        issue.message
      )
    })
  )
}
