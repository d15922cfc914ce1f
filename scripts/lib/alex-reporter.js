/**
 * A reporter for alex that prints `file:line:column: message (rule)` per
 * problem, as the other lints do. Plain JavaScript: alex loads it itself.
 *
 * @param {import('vfile').VFile[]} files
 * @returns {string}
 */
export default function alexReporter(files) {
  return files
    .flatMap((file) =>
      file.messages.map(
        (message) =>
          `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} (${message.ruleId})`
      )
    )
    .join('\n')
}
