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

/** The errors that are the content's fault; each names the file to fix. */
const contentErrorNames = new Set([
  'ContentError',
  'LinkError',
  'PageLintError',
  'SlackLimitError'
])

/** True for errors that are the content's fault, not the code's. */
export function isContentError(error: unknown): error is ContentError {
  return error instanceof Error && contentErrorNames.has(error.name)
}

/** The problems an error holds: several for a config error, else itself. */
function problemsOf(error: ContentError): readonly Error[] {
  const { problems } = error as { problems?: unknown }
  return Array.isArray(problems) && problems.length > 0
    ? (problems as Error[])
    : [error]
}

/** Whether this process is `vitepress build` (not dev, a test or a script). */
export function isVitePressBuild(argv: readonly string[] = process.argv) {
  return argv[2] === 'build' && /vitepress/.test(argv[1] ?? '')
}

/**
 * Ends `vitepress build` with each problem printed once, as
 * `file:line: problem. Fix.`, and no stack trace: thrown, the error would
 * be printed by Vite, then again by VitePress with its stack. Anywhere else
 * (dev, tests, scripts), the first error is thrown.
 */
export function failOnContentErrors(errors: readonly Error[]): void {
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

/**
 * Runs a step of the build; a content error in it ends `vitepress build`
 * with its message alone (see `failOnContentErrors`). Other errors, and
 * content errors outside `vitepress build`, are thrown as they are.
 */
export function guardContent<T>(step: () => T): T {
  const fail = (error: unknown): never => {
    if (isContentError(error)) failOnContentErrors(problemsOf(error))
    throw error
  }
  try {
    const result = step()
    return result instanceof Promise ? (result.catch(fail) as T) : result
  } catch (error) {
    return fail(error)
  }
}
