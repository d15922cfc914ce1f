/**
 * A mistake in the content or the config that a maintainer can fix: a bad
 * rule block, a dead link, a frontmatter key we do not support, a removed
 * sanitizer allowlist item. It is printed once, as
 *
 *     docs/slack-rules.md:12: what is wrong. What to do.
 *
 * with no stack trace, because the stack points into our code and the fix is
 * always in the file named. Errors in our own code stay plain `Error`s.
 */
export class ContentError extends Error {
  /**
   * @param location `docs/page.md:12`, `docs/page.md`, or a config field
   *   such as `.vitepress/community.ts: reporting.email`
   * @param problem what is wrong, as a sentence
   * @param fix what to do about it, as a sentence, when that is not obvious
   */
  constructor(
    readonly location: string,
    readonly problem: string,
    readonly fix?: string
  ) {
    super(`${location}: ${[problem, fix].filter(Boolean).join(' ')}`)
    this.name = 'ContentError'
  }
}

/** True for errors that are the content's fault, not the code's. */
export function isContentError(error: unknown): error is ContentError {
  return error instanceof Error && error.name === 'ContentError'
}
