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

/** Whether this process is `vitepress build` (not dev, a test or a script). */
export function isVitePressBuild(argv: readonly string[] = process.argv) {
  return argv[2] === 'build' && /vitepress/.test(argv[1] ?? '')
}

/**
 * Ends `vitepress build` with each problem printed once, as
 * `file:line: problem. Fix.`, and no stack trace.
 *
 * Thrown instead, the error would reach Vite, which prints its message and
 * then VitePress, which prints the message again and the stack. Anywhere
 * but in `vitepress build` (dev, tests, scripts), the first error is thrown.
 */
export function failOnContentErrors(errors: readonly ContentError[]): void {
  if (errors.length === 0) return
  if (!isVitePressBuild()) throw errors[0]
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`
  process.stderr.write(
    `\nThe build stopped on ${count} in the content:\n\n${errors
      .map((error) => `  ${error.message}`)
      .join('\n')}\n\n`
  )
  process.exit(1)
}
