/**
 * The pre-filled report email, in the page's language: the community in the
 * subject, the what-to-include checklist in the body with room for each
 * answer, so a reporter under stress only fills in the blanks.
 */

export interface ReportEmail {
  /** The moderators' address, from `reporting.email`. */
  to: string
  subject: string
  body: string
}

export interface ReportEmailTexts {
  subject: string
  greeting: string
  intro: string
  hint: string
}

export function reportEmail(
  to: string,
  /** The subject and the lines before the checklist, in the page's language. */
  { subject, greeting, intro, hint }: ReportEmailTexts,
  whatToInclude: readonly string[]
): ReportEmail {
  const lines = [
    greeting,
    '',
    intro,
    hint,
    '',
    // Two blank lines after each item leave room for the answer.
    ...whatToInclude.flatMap((item) => [`- ${item}`, '', ''])
  ]
  return {
    to,
    subject,
    body: lines.join('\n').trimEnd() + '\n'
  }
}

/**
 * RFC 6068: the address and each header value are percent-encoded, and a
 * line break in the body is written as `%0D%0A`.
 */
export function mailtoHref({ to, subject, body }: ReportEmail): string {
  const encode = (text: string) =>
    encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))
  return `mailto:${encodeURI(to)}?subject=${encode(subject)}&body=${encode(body)}`
}
