// Prints the names each entry exports (from src/exports/*.ts), as the markdown of the README's
// "API reference". `node scripts/api-names.mjs` (from the repository root) after changing an entry; the unit test
// test/exports/readmeDocumentsExports.test.ts fails while README.md misses a name.
import { readFileSync } from 'node:fs'

/** `[entry, source file]` of every entry of package.json `exports` that has types. */
export function entries() {
  const pkg = JSON.parse(readFileSync(`${process.cwd()}/package.json`, 'utf8'))
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath, target]) => [
      subpath === '.' ? 'ibex-react' : `ibex-react/${subpath.slice(2)}`,
      target.types.replace('./dist/', 'src/').replace(/\.d\.ts$/, '.ts'),
    ])
}

/** The names `file` exports, values and types apart. */
export function exportedNames(file) {
  const source = readFileSync(`${process.cwd()}/${file}`, 'utf8')
  const values = []
  const types = []
  for (const match of source.matchAll(/export (type )?\{([^}]*)\}/g)) {
    for (const item of match[2].split(',')) {
      const spec = item.trim()
      if (!spec) continue
      const isType = Boolean(match[1]) || spec.startsWith('type ')
      const name = spec
        .replace(/^type /, '')
        .split(' as ')
        .pop()
        .trim()
      ;(isType ? types : values).push(name)
    }
  }
  return { values: [...new Set(values)].sort(), types: [...new Set(types)].sort() }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [entry, file] of entries()) {
    const { values, types } = exportedNames(file)
    console.log(`### \`${entry}\`\n`)
    if (values.length) console.log(`${values.map((name) => `\`${name}\``).join(', ')}.\n`)
    if (types.length) console.log(`Types: ${types.map((name) => `\`${name}\``).join(', ')}.\n`)
  }
}
