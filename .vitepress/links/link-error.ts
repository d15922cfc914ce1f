/**
 * A mistake in the site's links (short links, redirects, the permalink
 * registry) that must fail the build. The message names the entry and, where
 * there is one, the file to fix.
 */
export class LinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LinkError'
  }
}
