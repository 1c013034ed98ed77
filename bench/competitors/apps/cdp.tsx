// Coinbase CDP embedded wallets through @coinbase/cdp-hooks: the provider, email sign-in, the
// EVM address once signed in and a transaction hook. Its API (initialisation, then sign-in) is
// not reachable offline.
import { useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  CDPHooksProvider,
  useEvmAddress,
  useIsInitialized,
  useIsSignedIn,
  useSendEvmTransaction,
  useSignInWithEmail,
  useVerifyEmailOTP,
} from '@coinbase/cdp-hooks'

function App(): ReactNode {
  const { isInitialized } = useIsInitialized()
  const { isSignedIn } = useIsSignedIn()
  const { evmAddress } = useEvmAddress()
  const { signInWithEmail } = useSignInWithEmail()
  const { verifyEmailOTP } = useVerifyEmailOTP()
  const { sendEvmTransaction } = useSendEvmTransaction()
  const [flowId, setFlowId] = useState('')
  if (!isInitialized) return <p>Starting…</p>
  if (isSignedIn)
    return (
      <button
        type="button"
        onClick={() =>
          evmAddress &&
          void sendEvmTransaction({
            evmAccount: evmAddress,
            network: 'base-sepolia',
            transaction: { to: evmAddress, value: 1n, chainId: 84532, type: 'eip1559' },
          })
        }
      >
        Send
      </button>
    )
  return flowId ? (
    <button type="button" onClick={() => void verifyEmailOTP({ flowId, otp: '123456' })}>
      Verify
    </button>
  ) : (
    <button
      type="button"
      onClick={() =>
        void signInWithEmail({ email: 'ada@example.com' }).then((r) => setFlowId(r.flowId))
      }
    >
      Sign in
    </button>
  )
}

createRoot(document.getElementById('root')!).render(
  <CDPHooksProvider config={{ projectId: '00000000-0000-0000-0000-000000000000' }}>
    <App />
  </CDPHooksProvider>,
)
