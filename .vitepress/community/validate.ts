import {
  resourceGroups,
  resourceKinds,
  type Community,
  type Contact,
  type Resource
} from './types'

/**
 * Checks the community facts when the site config loads, so a typo fails
 * `vitepress build` (and `dev`) with a message naming the field, instead of
 * shipping a broken link. TypeScript already catches wrong shapes in the
 * editor; this catches wrong values, and wrong shapes from untyped edits.
 */

export class CommunityConfigError extends Error {
  constructor(
    readonly problems: string[],
    source: string
  ) {
    super(
      `${source} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n')
    )
    this.name = 'CommunityConfigError'
  }
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const emailAddress = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/

/** Collects problems as it walks the config; each names its field. */
class Checker {
  readonly problems: string[] = []

  fail(field: string, message: string): void {
    this.problems.push(`${field}: ${message}`)
  }

  text(field: string, value: unknown): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(
        field,
        value === undefined ? 'is missing' : 'must be a non-empty string'
      )
      return false
    }
    return true
  }

  httpsUrl(field: string, value: unknown): void {
    if (!this.text(field, value)) return
    let url: URL
    try {
      url = new URL(value)
    } catch {
      this.fail(field, `is not a valid URL: "${value}"`)
      return
    }
    if (url.protocol !== 'https:')
      this.fail(field, `must use https: "${value}"`)
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]): void {
    if (!this.text(field, value)) return
    if (!allowed.includes(value)) {
      this.fail(field, `"${value}" is not one of ${allowed.join(', ')}`)
    }
  }

  timeZone(field: string, value: unknown): void {
    if (!this.text(field, value)) return
    try {
      new Intl.DateTimeFormat('en', { timeZone: value })
    } catch {
      this.fail(
        field,
        `"${value}" is not a known IANA time zone, such as "Europe/Berlin"`
      )
    }
  }

  list(field: string, value: unknown): value is unknown[] {
    if (!Array.isArray(value)) {
      this.fail(field, value === undefined ? 'is missing' : 'must be a list')
      return false
    }
    return true
  }
}

/** `resources[2] ("Slack")`: the index, and the title when there is one. */
function entryName(
  list: string,
  index: number,
  entry: { title?: unknown; name?: unknown }
): string {
  const label = typeof entry.title === 'string' ? entry.title : entry.name
  return typeof label === 'string' && label.trim() !== ''
    ? `${list}[${index}] ("${label}")`
    : `${list}[${index}]`
}

function checkContact(
  check: Checker,
  contact: Partial<Contact>,
  index: number
): void {
  const field = entryName('contacts', index, contact)
  check.text(`${field}.name`, contact.name)
  check.httpsUrl(`${field}.profileUrl`, contact.profileUrl)
  check.text(`${field}.role`, contact.role)
  if (contact.timeZone !== undefined)
    check.timeZone(`${field}.timeZone`, contact.timeZone)
  if (
    contact.languages !== undefined &&
    check.list(`${field}.languages`, contact.languages)
  ) {
    contact.languages.forEach((language, i) =>
      check.text(`${field}.languages[${i}]`, language)
    )
  }
}

function checkResource(
  check: Checker,
  resource: Partial<Resource>,
  index: number,
  seen: { ids: Map<string, string>; urls: Map<string, string> }
): void {
  const field = entryName('resources', index, resource)
  if (check.text(`${field}.id`, resource.id)) {
    if (!kebabCase.test(resource.id)) {
      check.fail(
        `${field}.id`,
        `"${resource.id}" must be kebab-case, such as "github-issues"`
      )
    }
    const first = seen.ids.get(resource.id)
    if (first)
      check.fail(`${field}.id`, `"${resource.id}" is already used by ${first}`)
    else seen.ids.set(resource.id, field)
  }
  check.text(`${field}.title`, resource.title)
  check.httpsUrl(`${field}.url`, resource.url)
  if (typeof resource.url === 'string') {
    const first = seen.urls.get(resource.url)
    if (first)
      check.fail(
        `${field}.url`,
        `"${resource.url}" is already listed by ${first}`
      )
    else seen.urls.set(resource.url, field)
  }
  check.text(`${field}.description`, resource.description)
  check.oneOf(`${field}.kind`, resource.kind, resourceKinds)
  check.oneOf(`${field}.group`, resource.group, resourceGroups)
}

/**
 * Returns the config unchanged when every value is valid; otherwise throws a
 * `CommunityConfigError` listing every problem, each naming its field.
 */
export function validateCommunity(
  community: Community,
  source = '.vitepress/community.ts'
): Community {
  const check = new Checker()
  const input = community as Partial<Community>

  check.text('name', input.name)
  check.text('description', input.description)
  check.text('lang', input.lang)

  check.httpsUrl('site.url', input.site?.url)
  if (input.site?.repository !== undefined) {
    check.httpsUrl('site.repository.url', input.site.repository.url)
    check.text('site.repository.branch', input.site.repository.branch)
  }

  check.text('project.name', input.project?.name)
  check.httpsUrl('project.repository', input.project?.repository)

  check.httpsUrl('slack.inviteUrl', input.slack?.inviteUrl)

  if (check.list('contacts', input.contacts)) {
    if (input.contacts.length === 0)
      check.fail('contacts', 'must list at least one contact')
    input.contacts.forEach((contact, index) =>
      checkContact(check, contact ?? {}, index)
    )
  }

  const reporting = input.reporting
  if (reporting?.email !== undefined && !emailAddress.test(reporting.email)) {
    check.fail(
      'reporting.email',
      `"${reporting.email}" is not an email address`
    )
  }
  if (typeof reporting?.slackReportMessage !== 'boolean') {
    check.fail('reporting.slackReportMessage', 'must be true or false')
  }
  check.text('reporting.slackModerators', reporting?.slackModerators)
  const whatToInclude = reporting?.whatToInclude
  if (check.list('reporting.whatToInclude', whatToInclude)) {
    if (whatToInclude.length === 0)
      check.fail('reporting.whatToInclude', 'must list at least one item')
    whatToInclude.forEach((item, index) =>
      check.text(`reporting.whatToInclude[${index}]`, item)
    )
  }
  check.text(
    'reporting.responseTimes.acknowledgement',
    reporting?.responseTimes?.acknowledgement
  )
  check.text(
    'reporting.responseTimes.decision',
    reporting?.responseTimes?.decision
  )

  if (check.list('resources', input.resources)) {
    const seen = {
      ids: new Map<string, string>(),
      urls: new Map<string, string>()
    }
    input.resources.forEach((resource, index) =>
      checkResource(check, resource ?? {}, index, seen)
    )
  }

  if (check.problems.length > 0)
    throw new CommunityConfigError(check.problems, source)
  return community
}

/** Typed helper for `.vitepress/community.ts`: validates and freezes the facts. */
export function defineCommunity(community: Community): Readonly<Community> {
  return Object.freeze(validateCommunity(community))
}
