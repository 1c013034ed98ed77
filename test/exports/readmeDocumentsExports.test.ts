import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-expect-error a plain .mjs script without types; its two functions are used as documented
import { entries, exportedNames } from '../../scripts/api-names.mjs'

type Names = { values: string[]; types: string[] }

// The public API is what the README documents: every name an entry exports appears there.
describe('README.md documents every export', () => {
  const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8')
  const all = (entries() as [string, string][]).flatMap(([entry, file]) => {
    const { values, types } = exportedNames(file) as Names
    return [...values, ...types].map((name) => ({ entry, name }))
  })

  test('the entries export names (the scan finds them)', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  test.each(all)('$entry: `$name`', ({ name }) => {
    expect(readme).toContain(`\`${name}\``)
  })
})
