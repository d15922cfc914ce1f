/**
 * The policy pages of the site under test (pages whose frontmatter has a
 * `version`), read from their Markdown as the build reads them, and what git
 * says about their files.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'

export interface Policy {
  id: string
  path: string
  file: string
  title: string
  version: string
  effectiveDate: string
  changelog: { version: string; date: string; summary: string }[]
}

export function readPolicies(root: string): Policy[] {
  return readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const file = `docs/${name}`
      const { data } = matter(readFileSync(join(root, file), 'utf8'))
      if (typeof data.version !== 'string') return []
      const id = name.replace(/\.md$/, '')
      return [
        {
          id,
          path: `/${id}`,
          file,
          title: String(data.title),
          version: data.version,
          effectiveDate: String(data.effectiveDate),
          changelog: data.changelog as Policy['changelog']
        }
      ]
    })
}

/** A YYYY-MM-DD date as the pages write it, such as "March 3, 2027". */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC'
  }).format(new Date(`${date}T00:00:00Z`))
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
}

/** The author date of the last commit that changed the file (what VitePress shows). */
export function lastChanged(root: string, file: string): Date {
  return new Date(git(root, 'log', '-1', '--format=%aI', '--', file))
}

/** Every commit that changed the file, newest first. */
export function commitsOf(
  root: string,
  file: string
): { hash: string; shortHash: string; subject: string }[] {
  return git(root, 'log', '--follow', '--format=%H %h %s', '--', file)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [hash = '', shortHash = '', ...subject] = line.split(' ')
      return { hash, shortHash, subject: subject.join(' ') }
    })
}
