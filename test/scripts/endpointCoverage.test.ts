import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
// @ts-expect-error a plain .mjs script without types; its functions are used as documented
import { endpointCoverage, normaliseTable, readmeSection } from '../../scripts/endpointCoverage.mjs'

type Coverage = { markdown: string; covered: number; uncovered: number; rows: unknown[] }

// The README's endpoint table is generated from the code: it must be what the script prints
// now (`npm run endpoints:update` rewrites it). Rows other work will cover are not required
// here; their count is printed.
test('README.md’s endpoint coverage table is current', () => {
  const coverage = endpointCoverage() as Coverage
  const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8')
  console.log(
    `endpoint coverage: ${coverage.covered} of ${coverage.rows.length} covered, ${coverage.uncovered} uncovered`,
  )
  expect(coverage.rows.length).toBeGreaterThan(60)
  expect(normaliseTable(readmeSection(readme) as string)).toBe(
    normaliseTable(coverage.markdown) as string,
  )
})
