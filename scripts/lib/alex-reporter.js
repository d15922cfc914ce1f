/**
 * A vfile reporter for alex that prints one line per problem, naming the
 * file and line, as the other lints do:
 *
 *   docs/page.md:12:5: `he` may be insensitive, use `they`, `it` instead (he-she)
 *
 * Plain JavaScript, because alex loads it itself (`alex --reporter=<path>`).
 *
 * @param {import('vfile').VFile[]} files
 * @returns {string}
 */
export default function alexReporter(files) {
  const lines = []
  for (const file of files) {
    for (const message of file.messages) {
      const where = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`
      lines.push(`${where}: ${message.reason} (${message.ruleId})`)
    }
  }
  return lines.join('\n')
}
