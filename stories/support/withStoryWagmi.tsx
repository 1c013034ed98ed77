import type { Decorator } from '@storybook/react-vite'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { WagmiProvider } from 'wagmi'
import { useIbexQueryClient } from '../../src/react/hooks/useIbexQueryClient.ts'
import { createStoryWagmiConfig, type StoryWalletParameters } from './createStoryWagmiConfig.ts'

function StoryWagmiProvider(props: { wallet: StoryWalletParameters; children: ReactNode }) {
  // One config per mount: a fresh wallet address, disconnected.
  const [config] = useState(() => createStoryWagmiConfig(props.wallet))
  // The app shares one QueryClient between wagmi and the kit, as an app would.
  const queryClient = useIbexQueryClient()
  return (
    <WagmiProvider config={config} reconnectOnMount={false}>
      <QueryClientProvider client={queryClient}>{props.children}</QueryClientProvider>
    </WagmiProvider>
  )
}

/**
 * Wraps a story in `<WagmiProvider>` with {@link createStoryWagmiConfig} (wallets described by
 * `parameters.storyWallet`) and the kit's QueryClient. Goes inside {@link withIbexProvider}:
 * `decorators: [withStoryWagmi, withIbexProvider]`.
 *
 * @example
 * const meta = { component: WalletButton, decorators: [withStoryWagmi, withIbexProvider] } satisfies Meta
 */
export const withStoryWagmi: Decorator = (Story, context) => {
  const wallet = (context.parameters.storyWallet ?? {}) as StoryWalletParameters
  return (
    <StoryWagmiProvider wallet={wallet}>
      <Story />
    </StoryWagmiProvider>
  )
}
