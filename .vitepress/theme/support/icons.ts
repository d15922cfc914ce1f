/**
 * The site's own line icons, drawn on a 24 × 24 grid with a 2px round stroke
 * to sit beside VitePress's icons. Each icon is a list of SVG path outlines.
 *
 * Icons never carry meaning alone: every use sits next to words that say the
 * same thing, so `SiteIcon` hides them from assistive technology.
 */
import type { ResourceKind } from '../../community/types'

/** One icon per resource kind: adding a kind without an icon fails type-checking. */
const resourceKindIcons: Record<ResourceKind, readonly string[]> = {
  // An open book.
  docs: [
    'M3 5h5a4 4 0 0 1 4 4v11a3 3 0 0 0-3-3H3z',
    'M21 5h-5a4 4 0 0 0-4 4v11a3 3 0 0 1 3-3h6z'
  ],
  // A ring with a dot, as issue trackers draw an open issue.
  issues: [
    'M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0z',
    'M13 12a1 1 0 1 1-2 0a1 1 0 1 1 2 0z'
  ],
  // A storage box with its lid.
  archive: [
    'M3 4h18v4H3z',
    'M5 8v11a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8',
    'M10 12h4'
  ],
  // A speech bubble holding a question mark.
  qa: [
    'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-8l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z',
    'M9.5 8.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5',
    'M12 14.5v.01'
  ],
  // Two overlapping speech bubbles.
  chat: [
    'M15 9V5a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10l3-3h8a1 1 0 0 0 1-1z',
    'M18 9h2a1 1 0 0 1 1 1v10l-3-3h-7a1 1 0 0 1-1-1v-1'
  ],
  // Angle brackets around a slash: source code.
  repository: ['M8 7l-5 5 5 5', 'M16 7l5 5-5 5', 'M14 4l-4 16']
}

export const iconPaths = {
  ...resourceKindIcons,
  // An arrow leaving a box: the link leaves this site.
  external: [
    'M14 4h6v6',
    'M20 4l-9 9',
    'M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5'
  ],
  // A flag on a pole: report a problem.
  flag: ['M5 21V4', 'M5 4h12l-2.5 4 2.5 4H5'],
  // A clock face: local time.
  clock: ['M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0z', 'M12 7v5l3 2']
} as const satisfies Record<string, readonly string[]>

export type IconName = keyof typeof iconPaths
