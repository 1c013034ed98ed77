// @vitest-environment node
// What a reader of the published source can follow: comments cite docs/ in this repository, not
// the team's private notes (design.md, ibex-api.md) nor the tracker's issue numbers.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

// \"issue 60 s tokens\" is a verb and a duration, not a tracker reference.
const PRIVATE = /\b(?:design|ibex-api)\.md\b|\b[Ii]ssue #?\d+\b(?!\s*(?:s|ms|min)\b)|\(#\d+\)/

describe('source citations', () => {
  it('src/ cites no file outside the repository and no issue number', () => {
    const offending = filesUnder('src')
      .filter((path) => /\.(?:ts|tsx|css|mjs)$/.test(path))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            PRIVATE.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
      )
    expect(offending).toEqual([])
  })

  it('would catch one', () => {
    expect(PRIVATE.test(' * (ibex-api.md §9)')).toBe(true)
    expect(PRIVATE.test('// see design.md §7')).toBe(true)
    expect(PRIVATE.test('// fixed for issue 18')).toBe(true)
    expect(PRIVATE.test(' * can issue 60 s ones')).toBe(false)
  })
})
