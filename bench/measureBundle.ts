// The static bundle checks of the tests (test/bundle/initialBundle, test/wagmi/bundleWagmi) and of
// `npm run bench:bundle-wagmi`: what an entry's build holds, initially and lazily. The size
// figures themselves come from `npm run bench:bundle` (bench/bundle.ts), which measures what
// Chromium downloads on real journeys. Here: a Vite production build
// (Rolldown, its default minifier), react and react-dom external (every kit needs them),
// `ibex-react/*` resolved to this checkout's sources through the package's own `exports`. Vite
// rather than a bare esbuild run because esbuild's code splitting assigns whole files to shared
// chunks (a lazily used helper of a one-file library lands in the initial load), which
// overstates what an app ships; Vite is also what the kit's own demo and Storybook use.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** A bundled app entry: gzip sizes of the initial load and of what loads later. */
export type BundleSize = {
  name: string
  /** The entry and the chunks it imports statically, minified then gzip -9 as one stream. */
  initialMinGz: number
  /** Every chunk reached only through a dynamic `import()`, the same way. */
  lazyMinGz: number
  /** Minified bytes of all output. */
  minBytes: number
  /** All output code (to search it). */
  text: string
  /** Source modules in the initial load (paths relative to the repository, or package names). */
  initialModules: string[]
  /** Source modules only in the lazy chunks. */
  lazyModules: string[]
}

// `ibex-react/<entry>` → the source file its `exports` target is built from.
function ibexReactAliases(): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { default: string }>
  }
  return Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'string' || !target.default.endsWith('.js')
      ? []
      : [
          {
            find: new RegExp(`^ibex-react${subpath.slice(1).replace('/', '\\/')}$`),
            replacement: resolve(
              ROOT,
              target.default.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts'),
            ),
          },
        ],
  )
}

const gzip = (chunks: Rollup.OutputChunk[]) =>
  chunks.length === 0
    ? 0
    : gzipSync(Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.code))), { level: 9 })
        .byteLength

const moduleName = (id: string) =>
  id.includes('/node_modules/')
    ? (id
        .split('/node_modules/')
        .pop()
        ?.split('/')
        .slice(0, id.split('/node_modules/').pop()?.startsWith('@') ? 2 : 1)
        .join('/') ?? id)
    : id.startsWith(ROOT)
      ? id.slice(ROOT.length + 1)
      : id

/**
 * Bundles `source` (an app entry, TSX, or `{ file }`: a module bundled as its own entry, such
 * as a worker) as a Vite app would ship it and splits the output into
 * the initial load and the lazy chunks. Each side is gzipped as one stream, as an app's server
 * would send it, so chunk boundaries do not inflate the figure.
 *
 * @param resolveDir - Where the entry's imports resolve from (the competitors' install for them).
 * @example
 * const { initialMinGz } = await measureBundle('session', "export { useSession } from 'ibex-react'")
 */
export async function measureBundle(
  name: string,
  source: string | { file: string },
  resolveDir: string = ROOT,
): Promise<BundleSize> {
  const scratch = resolve(resolveDir, '.bundle-out')
  mkdirSync(scratch, { recursive: true })
  const dir = mkdtempSync(resolve(scratch, 'entry-'))
  const entry = typeof source === 'string' ? resolve(dir, 'entry.tsx') : source.file
  if (typeof source === 'string') writeFileSync(entry, source)
  try {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      resolve: { alias: ibexReactAliases() },
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        rollupOptions: {
          input: entry,
          external: [/^react($|\/)/, /^react-dom($|\/)/],
          preserveEntrySignatures: 'strict',
        },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[]
    const chunks = (Array.isArray(output) ? output : [output])
      .flatMap((result) => result.output)
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
    const initial = new Set<string>()
    const visit = (fileName: string) => {
      if (initial.has(fileName)) return
      initial.add(fileName)
      for (const imported of byName.get(fileName)?.imports ?? []) visit(imported)
    }
    for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName)
    const initialChunks = chunks.filter((chunk) => initial.has(chunk.fileName))
    const modulesOf = (list: Rollup.OutputChunk[]) =>
      [...new Set(list.flatMap((chunk) => Object.keys(chunk.modules).map(moduleName)))].sort()
    const initialModules = modulesOf(initialChunks)
    return {
      name,
      initialMinGz: gzip(initialChunks),
      lazyMinGz: gzip(chunks.filter((chunk) => !initial.has(chunk.fileName))),
      minBytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
      text: chunks.map((chunk) => chunk.code).join('\n'),
      initialModules,
      lazyModules: modulesOf(chunks.filter((chunk) => !initial.has(chunk.fileName))).filter(
        (module) => !initialModules.includes(module),
      ),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
