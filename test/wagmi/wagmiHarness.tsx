// Renders hooks and components inside the app's providers as an app using ibex-react/wagmi
// would: <WagmiProvider> with the app's config, the app's QueryClient, and <IbexProvider>
// sharing it. `createTestWagmiConfig` has no chain node (a request to one fails the test);
// `createMockChainWagmiConfig` reaches the mock IBEx's JSON-RPC nodes.
import { QueryClientProvider } from '@tanstack/react-query'
import {
  render,
  renderHook,
  type RenderHookResult,
  type RenderResult,
} from '@testing-library/react'
import type { ReactNode } from 'react'
import { custom, http } from 'viem'
import { createConfig, WagmiProvider, type Config, type CreateConnectorFn } from 'wagmi'
import { arbitrumSepolia, gnosis, sepolia } from 'wagmi/chains'
import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { IbexProvider } from '../../src/react/IbexProvider.tsx'
import { TEST_BASE_URL, type TestIbex } from '../utils/createTestIbex.ts'

const noNode = custom({
  request: async ({ method }) => {
    throw new Error(`No chain node in the tests (asked for ${method}).`)
  },
})

/** The mock IBEx's JSON-RPC node of `chainId` (`POST /__mock/rpc/:chainId`), under MSW. */
export function mockRpcUrl(chainId: number): string {
  return `${TEST_BASE_URL}/__mock/rpc/${chainId}`
}

/**
 * A wagmi config on Arbitrum Sepolia, Gnosis and Sepolia with `connectors`, whose public clients
 * reach the mock IBEx's JSON-RPC nodes over `http`, as an app's would reach its RPC provider.
 */
export function createMockChainWagmiConfig(connectors: CreateConnectorFn[]): Config {
  const transport = (chainId: number) => http(mockRpcUrl(chainId), { retryCount: 0 })
  return createConfig({
    chains: [arbitrumSepolia, gnosis, sepolia],
    connectors,
    transports: {
      [arbitrumSepolia.id]: transport(arbitrumSepolia.id),
      [gnosis.id]: transport(gnosis.id),
      [sepolia.id]: transport(sepolia.id),
    },
    storage: null,
    multiInjectedProviderDiscovery: false,
  })
}

/** A wagmi config on Arbitrum Sepolia and Gnosis with `connectors`, no storage, no discovery. */
export function createTestWagmiConfig(connectors: CreateConnectorFn[]): Config {
  return createConfig({
    chains: [arbitrumSepolia, gnosis],
    connectors,
    transports: { [arbitrumSepolia.id]: noNode, [gnosis.id]: noNode },
    storage: null,
    multiInjectedProviderDiscovery: false,
  })
}

function wrapperFor(ibex: TestIbex, config: Config, locale: IbexLocale | undefined) {
  return function WagmiTestWrapper({ children }: { children?: ReactNode }) {
    return (
      <WagmiProvider config={config} reconnectOnMount={false}>
        <QueryClientProvider client={ibex.queryClient}>
          <IbexProvider client={ibex.client} queryClient={ibex.queryClient} locale={locale}>
            {children}
          </IbexProvider>
        </QueryClientProvider>
      </WagmiProvider>
    )
  }
}

/** Renders `ui` inside the wagmi, TanStack and IBEx providers. */
export function renderWithWagmi(
  ui: ReactNode,
  ibex: TestIbex,
  config: Config,
  options: { locale?: IbexLocale } = {},
): RenderResult {
  return render(ui, { wrapper: wrapperFor(ibex, config, options.locale) })
}

/** Renders a hook inside the wagmi, TanStack and IBEx providers. */
export function renderHookWithWagmi<result>(
  hook: () => result,
  ibex: TestIbex,
  config: Config,
): RenderHookResult<result, unknown> {
  return renderHook(hook, { wrapper: wrapperFor(ibex, config, undefined) })
}
