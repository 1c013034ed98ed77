// `npm run bench:bundle-wagmi`: proves that wagmi (an optional peer) is bundled only by apps that
// import `ibex-react/wagmi`. Two app entries are bundled the way an app's bundler would (esbuild,
// minified, ESM, react and react-dom external, `ibex-react/*` resolved to the sources through
// the package's `exports`): one importing everything of `ibex-react` and
// `ibex-react/components`, which must hold no wagmi code, and one importing `ibex-react/wagmi`,
// which must. `bundleAppEntry` is reusable for the full bundle report.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Strings only wagmi's own code carries (its error base class: docs URL and version tag). */
export const WAGMI_MARKERS = ['wagmi.sh', '@wagmi/core@'] as const

/** One bundled app entry. */
export type BundledEntry = {
  name: string
  /** The entry's source (what the app imports). */
  source: string
  /** Minified size in bytes. */
  bytes: number
  /** Minified then gzip -9 size in bytes. */
  gzipBytes: number
  /** The markers of {@link WAGMI_MARKERS} found in the output. */
  wagmiMarkers: string[]
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

/**
 * Bundles `source` (an app entry importing `ibex-react/*`) as an app would ship it: minified
 * ESM for browsers, production React, with `external` left out (default react and react-dom).
 *
 * @example
 * const entry = await bundleAppEntry('core', "export * from 'ibex-react'")
 * console.log(entry.gzipBytes)
 */
export async function bundleAppEntry(
  name: string,
  source: string,
  options: { external?: readonly string[] } = {},
): Promise<BundledEntry> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external: [...(options.external ?? ['react', 'react-dom', 'react/*', 'react-dom/*'])],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [ibexReactSources()],
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error(`esbuild produced no output for ${name}`)
  const code = output.text
  return {
    name,
    source,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    wagmiMarkers: WAGMI_MARKERS.filter((marker) => code.includes(marker)),
  }
}

/**
 * The wagmi isolation check: an app of `ibex-react` + `ibex-react/components` (everything they
 * export) and an app of `ibex-react/wagmi`, bundled; `ok` when only the second holds wagmi.
 *
 * @example
 * const { ok, entries } = await checkWagmiIsolation()
 */
export async function checkWagmiIsolation(): Promise<{ ok: boolean; entries: BundledEntry[] }> {
  const withoutWagmi = await bundleAppEntry(
    'ibex-react + ibex-react/components',
    "export * from 'ibex-react'\nexport * from 'ibex-react/components'\n",
  )
  const withWagmi = await bundleAppEntry('ibex-react/wagmi', "export * from 'ibex-react/wagmi'\n")
  return {
    ok: withoutWagmi.wagmiMarkers.length === 0 && withWagmi.wagmiMarkers.length > 0,
    entries: [withoutWagmi, withWagmi],
  }
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, entries } = await checkWagmiIsolation()
  for (const entry of entries) {
    const wagmi = entry.wagmiMarkers.length > 0 ? 'wagmi bundled' : 'no wagmi'
    console.log(
      `${entry.name.padEnd(36)} ${kB(entry.bytes).padStart(9)} min  ${kB(entry.gzipBytes).padStart(9)} min+gz  ${wagmi}`,
    )
  }
  console.log(ok ? 'ok: wagmi only in the ibex-react/wagmi app' : 'FAIL: wagmi isolation broken')
  process.exitCode = ok ? 0 : 1
}
