// @vitest-environment node
// The README's "Testing your app" examples are files under examples/testing/ that run in the
// suite (the Vitest one in the unit project, the Playwright one in test/browser); this checks
// that the README shows each of them verbatim, so what readers copy is what runs.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const embeds = [...readme.matchAll(/<!-- embed: (\S+) -->\n\n?```\w*\n([\s\S]*?)```/g)].map(
  ([, path, code]) => ({ path: path ?? '', code: code ?? '' }),
)

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

describe('README examples', () => {
  it('embeds every example of examples/testing (but its runner config)', () => {
    const examples = filesUnder('examples/testing').filter(
      (path) => !path.endsWith('playwright.config.ts'),
    )
    expect(embeds.map((embed) => embed.path).sort()).toEqual(examples.sort())
  })

  it.each(embeds)('shows $path exactly as it runs', ({ path, code }) => {
    expect(code).toBe(readFileSync(path, 'utf8'))
  })
})
