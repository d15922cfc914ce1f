/** A content problem as the checks collect it, before it becomes a ContentError. */
export interface ContentProblem {
  /** `docs/page.md` */
  file: string
  line?: number
  message: string
}

/** Ends a message with a full stop, as ContentError prints a sentence. */
export function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`
}
