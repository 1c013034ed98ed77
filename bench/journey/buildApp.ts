// Builds one scenario app as a developer would ship it: `vite build` (production, Vite's
// defaults: Rolldown, its minifier, module preload), the React plugin, `ibex-react` resolved to
// this checkout's built `dist/` through the package's own `exports` (what `npm install
// ibex-react` gives an app). One thing differs from a plain app, the same for every app measured:
// react, react-dom and scheduler are put in a chunk of their own, so that their bytes can be
// reported apart (identical for every kit) instead of being mixed into the app's entry chunk.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Rollup } from 'vite'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** One output file of a build, with what the page needs to find its place in the import graph. */
export type BuiltFile = {
  fileName: string
  kind: 'js' | 'css' | 'wasm' | 'other'
  /** Static imports (chunks) of a JS chunk. */
  imports: string[]
  /** Dynamic imports (chunks) of a JS chunk. */
  dynamicImports: string[]
  /** Source modules in the chunk: repository paths, or package names for node_modules. */
  modules: string[]
  /** Minified bytes of each module as rendered in the chunk. */
  moduleBytes: Record<string, number>
  isEntry: boolean
  /** Set for the react, react-dom and scheduler chunk, and the runtime chunk that split makes. */
  isReact: boolean
  /** A worker script (Vite builds `new Worker(new URL(…))` targets apart, as JS assets). */
  isWorker: boolean
  /** Worker scripts this chunk starts (their file names appear in its code). */
  workers: string[]
}

export type BuiltApp = { name: string; outDir: string; files: Map<string, BuiltFile> }

// `ibex-react/<entry>` → the dist file its `exports` target names.
function ibexReactAliases(): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { default: string }>
  }
  return Object.entries(pkg.exports).map(([subpath, target]) => ({
    find: new RegExp(
      `^ibex-react${subpath.slice(1).replaceAll('/', '\\/').replaceAll('.', '\\.')}$`,
    ),
    replacement: resolve(ROOT, typeof target === 'string' ? target : target.default),
  }))
}

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/

// A module id as a file path: without a plugin's \0 marker or a query.
const pathOf = (id: string): string => id.replace(/^\0/, '').split('?')[0] ?? id

/** The name a module is reported under: its package for node_modules, else its repository path. */
export function moduleName(id: string): string {
  const clean = pathOf(id)
  const tail = clean.split('/node_modules/').pop()
  if (clean.includes('/node_modules/') && tail) {
    const parts = tail.split('/')
    return (tail.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
  }
  return clean.startsWith(ROOT) ? relative(ROOT, clean) : clean
}

// `npm run build` pre-bundles the kit's lazily loaded code into dist/lazy/<family>.js, one module
// for the app's bundler. What it holds is still what is reported and checked (e.g. no PIN code
// in a passkey journey): each bundled module starts with a `// dist/<path>.js` line, and the
// bundle's rendered bytes are shared out among them in proportion to their source text.
const LAZY_BUNDLE = /[\\/]dist[\\/]lazy[\\/][^\\/]+\.js$/
const BUNDLED_MODULE = /^\/\/ (dist\/\S+\.js)$/gm

function sourceModulesOf(id: string, renderedLength: number): Record<string, number> {
  const name = moduleName(id)
  const path = pathOf(id)
  if (!LAZY_BUNDLE.test(path)) return { [name]: renderedLength }
  const code = readFileSync(path, 'utf8')
  const starts = [...code.matchAll(BUNDLED_MODULE)]
  if (starts.length === 0) return { [name]: renderedLength }
  const sizes: Record<string, number> = {}
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? code.length
    const module = match[1] ?? name
    sizes[module] = (sizes[module] ?? 0) + (end - match.index)
  })
  const total = code.length - (starts[0]?.index ?? 0)
  for (const module of Object.keys(sizes))
    sizes[module] = Math.round(((sizes[module] ?? 0) / total) * renderedLength)
  return sizes
}

const kindOf = (fileName: string): BuiltFile['kind'] =>
  /\.m?js$/.test(fileName)
    ? 'js'
    : fileName.endsWith('.css')
      ? 'css'
      : fileName.endsWith('.wasm')
        ? 'wasm'
        : 'other'

/**
 * Builds `appFile` (a TSX module that renders itself into `#root`) into `outDir`.
 *
 * @example
 * const app = await buildApp('ibex passkey', 'bench/apps/ibexPasskey.tsx', 'bench/.out/passkey')
 */
export async function buildApp(name: string, appFile: string, outDir: string): Promise<BuiltApp> {
  const source = resolve(outDir, '..', `${relative(ROOT, outDir).replaceAll('/', '_')}.src`)
  rmSync(source, { recursive: true, force: true })
  mkdirSync(source, { recursive: true })
  writeFileSync(
    resolve(source, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head>` +
      // The app module itself is the entry: as an import of an entry it would be dropped, since
      // this repository's package.json declares its files free of side effects.
      `<body><div id="root"></div><script type="module" src="${relative(source, resolve(appFile))}"></script></body></html>\n`,
  )
  const files = new Map<string, BuiltFile>()
  try {
    const output = (await build({
      configFile: false,
      logLevel: 'warn',
      root: source,
      base: '/',
      plugins: [react()],
      resolve: { alias: ibexReactAliases() },
      build: {
        outDir: resolve(outDir),
        emptyOutDir: true,
        rollupOptions: {
          output: { codeSplitting: { groups: [{ name: 'react', test: REACT }] } },
        },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[]
    const items = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)
    const workerAssets = items
      .filter((item) => item.type === 'asset' && /\.m?js$/.test(item.fileName))
      .map((item) => item.fileName)
    for (const item of items) {
      if (item.type === 'chunk') {
        const moduleBytes: Record<string, number> = {}
        for (const [id, info] of Object.entries(item.modules))
          for (const [name, bytes] of Object.entries(sourceModulesOf(id, info.renderedLength)))
            moduleBytes[name] = (moduleBytes[name] ?? 0) + bytes
        files.set(item.fileName, {
          fileName: item.fileName,
          kind: 'js',
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          modules: Object.keys(moduleBytes),
          moduleBytes,
          isEntry: item.isEntry,
          // Rolldown's runtime helper chunk only exists because react was split out: with it.
          isReact: item.name === 'react' || item.name === 'rolldown-runtime',
          isWorker: false,
          workers: workerAssets.filter((asset) =>
            item.code.includes(asset.split('/').pop() ?? asset),
          ),
        })
      } else {
        files.set(item.fileName, {
          fileName: item.fileName,
          kind: kindOf(item.fileName),
          imports: [],
          dynamicImports: [],
          modules: [],
          moduleBytes: {},
          isEntry: false,
          isReact: false,
          isWorker: workerAssets.includes(item.fileName),
          workers: [],
        })
      }
    }
  } finally {
    rmSync(source, { recursive: true, force: true })
  }
  return { name, outDir: resolve(outDir), files }
}
