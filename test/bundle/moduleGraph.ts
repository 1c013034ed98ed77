// The kit's module graph as a bundler sees it: per module its static imports (what loads with it)
// and its dynamic `import()`s (what loads on demand), read from src/. With `verbatimModuleSyntax`
// tsc's output imports exactly what the sources do, minus `import type`, which is skipped here as
// tsc erases it. `npm run build` then pre-bundles the lazily loaded modules into dist/lazy/, and
// scripts/bundleLazy.mjs checks what each bundle may hold.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export type ModuleGraph = {
  /** A module id (path under src/, without extension) → its static imports. */
  staticImports(id: string): string[]
  /** A module id → its dynamic imports. */
  dynamicImports(id: string): string[]
  /** `ids` and everything they import statically, transitively. */
  staticClosure(ids: string[]): Set<string>
}

const STATIC =
  /(?:^|[;\n])\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/g
const DYNAMIC = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g

/**
 * Reads the graph (lazily, one file at a time).
 *
 * @example
 * const graph = readModuleGraph()
 * graph.staticClosure(['core/ceremonies/passkeys/signInWithPasskey'])
 */
export function readModuleGraph(): ModuleGraph {
  const base = resolve(ROOT, 'src')
  const cache = new Map<string, { static: string[]; dynamic: string[] }>()
  const fileOf = (id: string) =>
    [`${id}.ts`, `${id}.tsx`].map((name) => resolve(base, name)).find(existsSync)
  const read = (id: string) => {
    let entry = cache.get(id)
    if (entry) return entry
    const file = fileOf(id)
    if (!file) throw new Error(`module ${id} not found in src/`)
    // Comments (JSDoc examples) are not code.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    const ids = (pattern: RegExp) =>
      [...code.matchAll(pattern)].map((match) =>
        relative(base, resolve(dirname(file), match[1] ?? '')).replace(/\.tsx?$/, ''),
      )
    entry = { static: ids(STATIC), dynamic: ids(DYNAMIC) }
    cache.set(id, entry)
    return entry
  }
  return {
    staticImports: (id) => read(id).static,
    dynamicImports: (id) => read(id).dynamic,
    staticClosure(ids) {
      const seen = new Set<string>()
      const visit = (id: string) => {
        if (seen.has(id)) return
        seen.add(id)
        for (const imported of read(id).static) visit(imported)
      }
      ids.forEach(visit)
      return seen
    },
  }
}
