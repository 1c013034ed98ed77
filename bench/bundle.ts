// `npm run bench:bundle`: what an app ships for a minimal integration, min+gz, react and react-dom
// excluded (every kit needs them), TanStack Query included. Lazy chunks (dynamic imports, workers)
// are reported apart from the initial load.
//
// Competitors (wagmi, Privy, Turnkey) are measured from bench/competitors, installed on demand
// (`npm install --prefix bench/competitors`): they are large and stay out of the main install.
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const competitorsDir = fileURLToPath(new URL('./competitors/', import.meta.url))
const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react-dom/client',
  'react/jsx-dev-runtime',
]

export type BundleSize = { name: string; initialMinGz: number; lazyMinGz: number; files: number }

/**
 * Bundles `source` (an app entry, TSX) with esbuild as a browser ESM app with code splitting,
 * and returns the gzip sizes of the initial load (the entry and the chunks it imports
 * statically) and of everything loaded later (dynamic imports).
 *
 * @example
 * await measureBundle('kit', "import { useSession } from 'ibex-react'; console.log(useSession)")
 */
export async function measureBundle(
  name: string,
  source: string,
  resolveDir: string = root,
): Promise<BundleSize & { text: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: '/virtual-out',
    metafile: true,
    external,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: {
      '.css': 'empty',
      '.svg': 'empty',
      '.png': 'empty',
      '.woff': 'empty',
      '.woff2': 'empty',
    },
    logLevel: 'silent',
    // Resolve the package's own name to this checkout, as an app would resolve node_modules.
    alias: { 'ibex-react': `${root}src/exports/index.ts` },
    plugins: [
      {
        name: 'ibex-react-subpaths',
        setup(b) {
          b.onResolve({ filter: /^ibex-react\// }, (args) => ({
            path: `${root}src/exports/${args.path.slice('ibex-react/'.length).replace('/', '-')}.ts`,
          }))
        },
      },
    ],
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
  // Metafile keys are relative to the working directory; output paths are absolute. Each side is
  // gzipped as one stream, as an app bundler would emit it, so chunk boundaries do not inflate it.
  const isInitial = (path: string) => [...initial].some((key) => basename(key) === basename(path))
  const gz = (files: typeof result.outputFiles) =>
    files.length === 0
      ? 0
      : gzipSync(Buffer.concat(files.map((f) => f.contents)), { level: 9 }).length
  const initialMinGz = gz(result.outputFiles.filter((f) => isInitial(f.path)))
  const lazyMinGz = gz(result.outputFiles.filter((f) => !isInitial(f.path)))
  const text = result.outputFiles.map((f) => f.text).join('\n')
  return { name, initialMinGz, lazyMinGz, files: result.outputFiles.length, text }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

const scenarios: { name: string; source: string; dir?: string; budget?: number }[] = [
  {
    name: 'ibex-react: IbexProvider + useSignIn + useBalances + PasskeyButton',
    source: `import { IbexProvider, useSignIn, useSession } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
export const app = [IbexProvider, useSignIn, useSession, PasskeyButton]`,
    budget: 25 * 1024,
  },
  {
    name: 'ibex-react: every component',
    source: `export * from 'ibex-react/components'`,
  },
  {
    name: 'ibex-react: PIN path (useSignIn + PinPad; KDF loaded on first use)',
    source: `import { IbexProvider, useSignIn } from 'ibex-react'
import { PinPad } from 'ibex-react/components'
export const app = [IbexProvider, useSignIn, PinPad]`,
  },
  {
    name: 'ibex-react: PIN signer worker (hash-wasm Argon2id + HKDF + secp256k1)',
    source: `import '${root}src/core/kdf/signerWorker.ts'`,
  },
  {
    name: 'wagmi 3: WagmiProvider + createConfig(injected) + useConnection + useConnect',
    source: `import { WagmiProvider, createConfig, http, useConnection, useConnect } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { arbitrumSepolia } from 'viem/chains'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
const config = createConfig({ chains: [arbitrumSepolia], connectors: [injected()], transports: { [arbitrumSepolia.id]: http() } })
export const app = [WagmiProvider, config, useConnection, useConnect, QueryClient, QueryClientProvider]`,
    dir: competitorsDir,
  },
  {
    name: '@privy-io/react-auth: PrivyProvider + usePrivy',
    source: `import { PrivyProvider, usePrivy } from '@privy-io/react-auth'
export const app = [PrivyProvider, usePrivy]`,
    dir: competitorsDir,
  },
  {
    name: '@turnkey/react-wallet-kit: TurnkeyProvider + useTurnkey',
    source: `import { TurnkeyProvider, useTurnkey } from '@turnkey/react-wallet-kit'
export const app = [TurnkeyProvider, useTurnkey]`,
    dir: competitorsDir,
  },
]

async function main() {
  const rows: (BundleSize & { budget?: number; error?: string })[] = []
  for (const scenario of scenarios) {
    if (scenario.dir && !existsSync(`${scenario.dir}node_modules`)) {
      rows.push({
        name: scenario.name,
        initialMinGz: NaN,
        lazyMinGz: NaN,
        files: 0,
        error: 'not installed (npm install --prefix bench/competitors)',
      })
      continue
    }
    try {
      const { text: _text, ...size } = await measureBundle(
        scenario.name,
        scenario.source,
        scenario.dir,
      )
      rows.push({ ...size, budget: scenario.budget })
    } catch (error) {
      rows.push({
        name: scenario.name,
        initialMinGz: NaN,
        lazyMinGz: NaN,
        files: 0,
        error: (error as Error).message.split('\n')[0],
      })
    }
  }
  const kit = rows[0]?.initialMinGz ?? NaN
  console.log('| bundle | initial (min+gz) | lazy (min+gz) | vs ibex-react | budget |')
  console.log('| --- | ---: | ---: | ---: | --- |')
  for (const row of rows) {
    if (row.error) {
      console.log(`| ${row.name} | — | — | — | ${row.error} |`)
      continue
    }
    const ratio = Number.isFinite(kit) ? `${(row.initialMinGz / kit).toFixed(2)}×` : '—'
    const budget =
      row.budget === undefined
        ? ''
        : row.initialMinGz <= row.budget
          ? `≤ ${kb(row.budget)} ✓`
          : `≤ ${kb(row.budget)} ✗`
    console.log(
      `| ${row.name} | ${kb(row.initialMinGz)} | ${kb(row.lazyMinGz)} | ${ratio} | ${budget} |`,
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
