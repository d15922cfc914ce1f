import type { ResourceKind } from '../../community/types'

/**
 * The words shown next to each resource kind's icon, so that a kind is never
 * told by its icon or colour alone. A `Record`, so that adding a kind to
 * `resourceKinds` without a label fails type-checking.
 */
export const resourceKindLabels: Record<ResourceKind, string> = {
  docs: 'Documentation',
  issues: 'Issue tracker',
  archive: 'Archive',
  qa: 'Questions and answers',
  chat: 'Chat',
  repository: 'Code repository'
}
