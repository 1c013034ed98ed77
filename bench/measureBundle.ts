// One way to bundle an app entry for every size figure and bundle check: esbuild, minified browser
// ESM with code splitting, react and react-dom external (every kit needs them), `ibex-react/*`
// resolved to this checkout's sources through the package's own `exports`.
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Metafile, type OutputFile, type Plugin } from 'esbuild'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const EXTERNAL = ['react', 'react-dom', 'react/*', 'react-dom/*']

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
}

// `ibex-react/<entry>` → the source file its `exports` target is built from.
function ibexReactSources(): Plugin {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { default: string }>
  }
  return {
    name: 'ibex-react-sources',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^ibex-react(\/.*)?$/ }, (args) => {
        const target = pkg.exports[`.${args.path.slice('ibex-react'.length)}`]
        if (!target || typeof target === 'string') {
          return { errors: [{ text: `ibex-react has no JS entry "${args.path}"` }] }
        }
        const source = target.default.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts')
        return { path: resolve(ROOT, source) }
      })
    },
  }
}

const gzip = (files: OutputFile[]) =>
  files.length === 0
    ? 0
    : gzipSync(Buffer.concat(files.map((f) => f.contents)), { level: 9 }).byteLength

/**
 * Bundles `source` (an app entry, TSX) as an app would ship it and splits the output into the
 * initial load and the lazy chunks. Each side is gzipped as one stream, as an app bundler would
 * emit it, so chunk boundaries do not inflate the figure.
 *
 * @example
 * const { initialMinGz } = await measureBundle('session', "export { useSession } from 'ibex-react'")
 */
export async function measureBundle(
  name: string,
  source: string,
  resolveDir: string = ROOT,
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: resolve(ROOT, '.bundle-out'),
    metafile: true,
    external: EXTERNAL,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: {
      '.css': 'empty',
      '.svg': 'empty',
      '.png': 'empty',
      '.woff': 'empty',
      '.woff2': 'empty',
    },
    plugins: [ibexReactSources()],
    logLevel: 'silent',
  })
  const outputs: Metafile['outputs'] = result.metafile.outputs
  const entry = Object.keys(outputs).find((key) => outputs[key]?.entryPoint === '<stdin>')
  const initial = new Set<string>()
  const visit = (key: string) => {
    if (initial.has(key)) return
    initial.add(key)
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path)
    }
  }
  if (entry) visit(entry)
  // Metafile keys are relative to the working directory; output paths are absolute.
  const initialNames = new Set([...initial].map((key) => basename(key)))
  const isInitial = (file: OutputFile) => initialNames.has(basename(file.path))
  return {
    name,
    initialMinGz: gzip(result.outputFiles.filter(isInitial)),
    lazyMinGz: gzip(result.outputFiles.filter((file) => !isInitial(file))),
    minBytes: result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0),
    text: result.outputFiles.map((file) => file.text).join('\n'),
  }
}
