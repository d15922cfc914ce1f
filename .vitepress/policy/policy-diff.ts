/**
 * What changed in a policy between two snapshots (see `policy-snapshot.ts`),
 * rule by rule, matched by id:
 *
 * - added: an id that did not exist before;
 * - removed: an id that no longer exists; when another rule now lists it in
 *   its `aliases` (CONTRIBUTING's recipe for removing a rule), links to the
 *   old id land on that rule, and the announcement says so;
 * - renamed: same id, new title;
 * - reworded: same id, new summary or text (examples and consequence
 *   included). A rule can be renamed and reworded at once.
 *
 * A rule whose id changed, with its old id kept as an alias, is the same rule.
 * A new position in the list is no change. Pure functions.
 */
import type { ChangelogEntry } from './frontmatter'
import type { PolicySnapshot, RuleText } from './policy-snapshot'

export type RuleChange =
  | { kind: 'added'; rule: RuleText }
  | { kind: 'removed'; rule: RuleText; coveredBy?: RuleText }
  | {
      kind: 'changed'
      rule: RuleText
      /** The title before, when the rule was renamed. */
      previousTitle?: string
      /** The summary or the text changed. */
      reworded: boolean
    }

export interface PolicyChange {
  file: string
  title: string
  /** Undefined for a page that was not a policy before. */
  previousVersion?: string
  version: string
  effectiveDate: string
  /** Changelog entries added since, newest first. */
  entries: ChangelogEntry[]
  rules: RuleChange[]
}

/** Rule changes from `before` to `after`, in the new list's order, removals last. */
function diffRules(
  before: readonly RuleText[],
  after: readonly RuleText[]
): RuleChange[] {
  const beforeIds = new Set(before.map((rule) => rule.id))
  const matched = new Map<string, RuleText>()
  const removed: RuleChange[] = []
  for (const old of before) {
    const next =
      after.find((rule) => rule.id === old.id) ??
      // An id change: a new id that keeps the old one as an alias.
      after.find(
        (rule) => !beforeIds.has(rule.id) && rule.aliases.includes(old.id)
      )
    if (next && !matched.has(next.id)) {
      matched.set(next.id, old)
      continue
    }
    const coveredBy = after.find((rule) => rule.aliases.includes(old.id))
    removed.push({
      kind: 'removed',
      rule: old,
      ...(coveredBy && { coveredBy })
    })
  }
  const kept = after.flatMap((rule): RuleChange[] => {
    const old = matched.get(rule.id)
    if (!old) return [{ kind: 'added', rule }]
    const renamed = old.title !== rule.title
    const reworded =
      old.summary !== rule.summary ||
      old.body !== rule.body ||
      old.enforcement?.step !== rule.enforcement?.step
    if (!renamed && !reworded) return []
    return [
      {
        kind: 'changed',
        rule,
        ...(renamed && { previousTitle: old.title }),
        reworded
      }
    ]
  })
  return [...kept, ...removed]
}

/**
 * The change to announce for one policy page, or `undefined` when its
 * version is the same: a small fix (a typo, a clearer sentence) keeps the
 * version, and members are not told about it (CONTRIBUTING, "Policy
 * versions").
 */
function diffPolicy(
  before: PolicySnapshot | undefined,
  after: PolicySnapshot
): PolicyChange | undefined {
  if (before?.version === after.version) return undefined
  const known = new Set(before?.changelog.map((entry) => entry.version))
  return {
    file: after.file,
    title: after.title,
    ...(before && { previousVersion: before.version }),
    version: after.version,
    effectiveDate: after.effectiveDate,
    entries: after.changelog.filter((entry) => !known.has(entry.version)),
    rules: diffRules(before?.rules ?? [], after.rules)
  }
}

/** Every policy's change between two sets of snapshots, by file. */
export function diffPolicies(
  before: ReadonlyMap<string, PolicySnapshot>,
  after: ReadonlyMap<string, PolicySnapshot>
) {
  const pages = [...after].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    /** The changes to announce, one per policy whose version changed. */
    changes: pages.flatMap(
      ([file, snapshot]) => diffPolicy(before.get(file), snapshot) ?? []
    ),
    /**
     * Rules added or removed on a page that kept its version: not announced,
     * but a substantive change that should raise the version.
     */
    unannounced: pages.flatMap(([file, snapshot]) => {
      const old = before.get(file)
      if (old?.version !== snapshot.version) return []
      const rules = diffRules(old.rules, snapshot.rules).filter(
        (change) => change.kind !== 'changed'
      )
      return rules.length > 0 ? [{ file, rules }] : []
    })
  }
}
