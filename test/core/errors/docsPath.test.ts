import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

// The unit project runs from the repository root (jsdom's import.meta.url is not a file URL).
const root = `${process.cwd()}/`

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes.
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

describe('IbexError.docsPath', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const anchors = new Set(
    readme
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => anchorOf(line.replace(/^#+ /, ''))),
  )
  // Every string literal on a line that sets docsPath, in every source file.
  const paths = sourceFiles(join(root, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /docsPath[:?]/.test(line) && !line.trim().startsWith('*'))
      .flatMap((line) => [...line.matchAll(/'([a-z0-9-]+)'/g)].map((match) => match[1]!))
      .filter((literal) => !literal.includes('/'))
      .map((path) => ({ file: file.slice(root.length), path })),
  )

  test('the kit sets docsPath somewhere (the scan finds them)', () => {
    expect(paths.length).toBeGreaterThan(2)
  })

  test.each(paths)('$file: #$path is a heading of README.md', ({ path }) => {
    expect([...anchors]).toContain(path)
  })
})
