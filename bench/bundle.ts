// `npm run bench:bundle`: what an app ships for a minimal integration, min+gz, react and react-dom
// excluded (every kit needs them), TanStack Query included. Lazy chunks (dynamic imports, workers)
// are reported apart from the initial load.
//
// Competitors (wagmi, Privy, Turnkey) are measured from bench/competitors, installed on demand
// (`npm install --prefix bench/competitors`): they are large and stay out of the main install.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkWagmiIsolation } from './bundleWagmi.ts'
import { measureBundle, ROOT, type BundleSize } from './measureBundle.ts'

const competitorsDir = fileURLToPath(new URL('./competitors/', import.meta.url))

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

const scenarios: {
  name: string
  source: string | { file: string }
  dir?: string
  budget?: number
}[] = [
  {
    name: 'ibex-react: IbexProvider + useSignIn + useBalances + PasskeyButton',
    source: `import { IbexProvider, useSignIn, useBalances } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
export const app = [IbexProvider, useSignIn, useBalances, PasskeyButton]`,
    budget: 25 * 1024,
  },
  {
    // The budget is for the initial load; this is everything the same app has downloaded once a
    // passkey sign-in has run and balances are live (each piece loads on demand).
    name: 'ibex-react: the same once signed in with a passkey (ceremonies, schemas, balances parser, realtime loaded)',
    source: `import { IbexProvider, useSignIn, useBalances } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
export * as signIn from '${ROOT}/src/core/ceremonies/passkeys/signInWithPasskey.ts'
export * as signUp from '${ROOT}/src/core/ceremonies/passkeys/signUpWithPasskey.ts'
export * as authSchema from '${ROOT}/src/core/schemas/authSessionResponseSchema.ts'
export * as balances from '${ROOT}/src/core/parse/parseBalances.ts'
export * as realtime from '${ROOT}/src/core/realtime/createRealtimeClient.ts'
export * as realtimeCache from '${ROOT}/src/query/syncRealtimeCache.ts'
export const app = [IbexProvider, useSignIn, useBalances, PasskeyButton]`,
  },
  {
    name: 'ibex-react: a wallet screen (IbexProvider + useBalances + useTransfer + useSwap + useSwapQuote)',
    source: `import { IbexProvider, useBalances, useTransfer, useSwap, useSwapQuote } from 'ibex-react'
export const app = [IbexProvider, useBalances, useTransfer, useSwap, useSwapQuote]`,
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
    name: 'ibex-react: PIN signer worker (Argon2id kernel + HKDF + secp256k1), its own entry',
    source: { file: `${ROOT}/src/core/kdf/signerWorker.ts` },
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
  type Row = Omit<BundleSize, 'text' | 'initialModules' | 'lazyModules'> & {
    budget?: number | undefined
    error?: string
  }
  const rows: Row[] = []
  const missing = (name: string, error: string): Row => ({
    name,
    initialMinGz: NaN,
    lazyMinGz: NaN,
    minBytes: 0,
    error,
  })
  for (const scenario of scenarios) {
    if (scenario.dir && !existsSync(`${scenario.dir}node_modules`)) {
      rows.push(missing(scenario.name, 'not installed (npm install --prefix bench/competitors)'))
      continue
    }
    try {
      const {
        text: _text,
        initialModules: _modules,
        ...size
      } = await measureBundle(scenario.name, scenario.source, scenario.dir)
      rows.push({ ...size, budget: scenario.budget })
    } catch (error) {
      rows.push(missing(scenario.name, (error as Error).message.split('\n')[0] ?? 'failed'))
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
  const isolation = await checkWagmiIsolation()
  console.log(
    isolation.ok
      ? '\nwagmi: bundled only by apps that import ibex-react/wagmi ✓'
      : '\nwagmi: FOUND in an app that does not import ibex-react/wagmi ✗',
  )
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
