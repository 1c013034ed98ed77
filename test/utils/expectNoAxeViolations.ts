import axe from 'axe-core'
import { expect } from 'vitest'

/** Runs axe-core on a container and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    // jsdom has no layout, so colour contrast cannot be computed here; the browser tests cover it.
    rules: { 'color-contrast': { enabled: false } },
  })
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(violations).toEqual([])
}
