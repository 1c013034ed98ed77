import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AxeResults } from 'axe-core'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

declare global {
  interface Window {
    axe?: { run: (context: Document) => Promise<AxeResults> }
  }
}

/**
 * Runs axe-core (every WCAG rule it has, colour contrast included) on the page as it stands and
 * returns its violations as `rule: targets` lines; `[]` when there are none.
 *
 * @example
 * expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource })
  const results = await page.evaluate(async () => {
    const run = await window.axe?.run(document)
    return (run?.violations ?? []).map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
  return results
}
