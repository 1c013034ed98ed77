// wagmi's equivalent of the kit's scenario app: the injected connector, useBalance once connected,
// one useSendTransaction button. The harness injects `window.ethereum` (a stub answering from the
// bench's JSON-RPC node) and reads the chain through `http('/rpc')` on the same node.
import { useEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { parseEther } from 'viem'
import { arbitrumSepolia } from 'viem/chains'
import {
  WagmiProvider,
  createConfig,
  http,
  useBalance,
  useConnect,
  useConnection,
  useSendTransaction,
} from 'wagmi'
import { injected } from 'wagmi/connectors'
import { mark } from '../../apps/mark.ts'

const config = createConfig({
  chains: [arbitrumSepolia],
  connectors: [injected()],
  transports: { [arbitrumSepolia.id]: http(`${location.origin}/rpc`) },
})
const queryClient = new QueryClient()

function Wallet({ address }: { address: `0x${string}` }): ReactNode {
  const balance = useBalance({ address })
  const send = useSendTransaction()
  useEffect(() => {
    if (balance.data) mark('balances')
  }, [balance.data])
  useEffect(() => {
    if (send.data) mark('transfer')
  }, [send.data])
  if (!balance.data) return <p>Loading balance…</p>
  return (
    <>
      <p>
        {balance.data.value.toString()} {balance.data.symbol}
      </p>
      <button
        type="button"
        onClick={() =>
          send.sendTransaction({
            to: '0x1111111111111111111111111111111111111111',
            value: parseEther('0.001'),
          })
        }
      >
        Send
      </button>
      <p role="status">{send.data ? 'Transaction sent' : send.error?.message}</p>
    </>
  )
}

function App(): ReactNode {
  const { address } = useConnection()
  const { connect, connectors } = useConnect()
  if (address) return <Wallet address={address} />
  return (
    <button type="button" onClick={() => connectors[0] && connect({ connector: connectors[0] })}>
      Connect wallet
    </button>
  )
}

createRoot(document.getElementById('root')!).render(
  <WagmiProvider config={config}>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </WagmiProvider>,
)
