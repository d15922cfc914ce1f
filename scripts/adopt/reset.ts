/**
 * What `npm run adopt` resets: the files that hold one community's published
 * history rather than the site's code. Pure planning (`planAdoption`) and one
 * function that applies a plan, so tests run both on a temporary copy.
 *
 * Everything else an adopter changes is the config (`.vitepress/community.ts`),
 * the Markdown in `docs/` and the logo (`public/favicon.svg`).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  registryComment,
  registryFile
} from '../../.vitepress/links/permalinks'
import { redirectsSource } from '../../.vitepress/links/redirect-check'

/** The Prefect community's pinned facts (rule ids, legacy URLs). */
export const pinnedFactsTest = 'tests/unit/this-community.test.ts'

/** Social cards once committed; the build now draws them. */
export const legacySocialCards = 'public/social'

/** `permalinks.json` with nothing published yet. */
const emptyRegistry = `${JSON.stringify(
  { $comment: registryComment, urls: [] },
  null,
  2
)}\n`

/** `.vitepress/redirects.ts` with no old URLs. */
const emptyRedirects = `/**
 * Pages that moved. Each entry keeps an old URL working: the build writes a
 * small page at \`from\` that sends readers on to \`to\`, and lists the pair in
 * \`_redirects\` for hosts that read that file (Netlify, Cloudflare Pages).
 *
 * When you remove or rename a page, add an entry here: the permalink registry
 * (\`permalinks.json\`) fails the build for any URL that is no longer served.
 * A rule that is renamed or removed keeps its old id as an alias instead: see
 * "Removing or renaming a rule" in CONTRIBUTING.md.
 *
 * Example: { from: '/old-guide.html', to: '/community' }
 */
import type { Redirect } from './links/redirect-check'

export const redirects: Redirect[] = []
`

export interface AdoptionStep {
  /** From the project root. */
  file: string
  action: 'reset' | 'delete'
  /** Why, for the adopter. */
  why: string
  /** What a reset file holds afterwards. */
  content?: string
}

/** The steps that would change something in the project at `root`. */
export function planAdoption(root: string): AdoptionStep[] {
  const differs = (file: string, content: string) =>
    !existsSync(join(root, file)) ||
    readFileSync(join(root, file), 'utf8') !== content
  const steps: AdoptionStep[] = []
  if (differs(registryFile, emptyRegistry))
    steps.push({
      file: registryFile,
      action: 'reset',
      content: emptyRegistry,
      why: 'the URLs the previous community published; list yours with `npm run permalinks:update` before your first deploy'
    })
  if (differs(redirectsSource, emptyRedirects))
    steps.push({
      file: redirectsSource,
      action: 'reset',
      content: emptyRedirects,
      why: "the previous community's old URLs; add your own old URLs here, if any"
    })
  if (existsSync(join(root, pinnedFactsTest)))
    steps.push({
      file: pinnedFactsTest,
      action: 'delete',
      why: "the previous community's published rule ids and legacy URLs; pin your own there once you publish"
    })
  if (existsSync(join(root, legacySocialCards)))
    steps.push({
      file: legacySocialCards,
      action: 'delete',
      why: 'committed social cards; the build draws every card from your pages'
    })
  return steps
}

export function applyAdoption(root: string, steps: readonly AdoptionStep[]) {
  for (const { file, content } of steps) {
    if (content === undefined)
      rmSync(join(root, file), { recursive: true, force: true })
    else writeFileSync(join(root, file), content)
  }
}

/** One line per step: `reset permalinks.json: why`. */
export function describeSteps(steps: readonly AdoptionStep[]): string[] {
  return steps.map((step) => `${step.action} ${step.file}: ${step.why}`)
}
