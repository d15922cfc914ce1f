/** What git says about a page, for tests to compare the site with. */
import { execFileSync } from 'node:child_process'

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim()
}

/** The author date of the last commit that changed the file (what VitePress shows). */
export function lastChanged(file: string): Date {
  return new Date(git('log', '-1', '--format=%aI', '--', file))
}

/** Every commit that changed the file, newest first. */
export function commitsOf(
  file: string
): { hash: string; shortHash: string; subject: string }[] {
  return git('log', '--follow', '--format=%H %h %s', '--', file)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [hash = '', shortHash = '', ...subject] = line.split(' ')
      return { hash, shortHash, subject: subject.join(' ') }
    })
}
