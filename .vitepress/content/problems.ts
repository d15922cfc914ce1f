import type { ContentError } from '../content-error'

/** A content problem as the checks collect it, before it becomes a ContentError. */
export interface ContentProblem {
  /** `docs/page.md` */
  file: string
  line?: number
  message: string
}

/** A ContentError (`file:line: message`) as a problem. */
export function problemOf(error: ContentError): ContentProblem {
  const [file = '', line] = error.location.split(':')
  return {
    file,
    line: Number(line) || undefined,
    message: error.message.slice(error.location.length + 2)
  }
}

/** Ends a message with a full stop, as ContentError prints a sentence. */
export function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`
}
