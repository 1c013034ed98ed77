// Scenario app: a PIN pad signing a returning PIN user in (`?user=` is their externalUserId, as
// the kit would remember it on this device), then the balances. Measured by bench/bundle.ts to
// (c) balances on screen after the PIN sign-in.
import { useEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { IbexProvider, flattenBalances, useBalances, useSession, useSignIn } from 'ibex-react'
import { PinPad } from 'ibex-react/components'
import 'ibex-react/styles.css'
import { apiUrl, mark } from './mark.ts'

const externalUserId = new URLSearchParams(location.search).get('user') ?? undefined

function Balances(): ReactNode {
  const { data: rows } = useBalances({ query: { select: flattenBalances } })
  useEffect(() => {
    if (rows && rows.length > 0) mark('balances')
  }, [rows])
  if (!rows) return <p>Loading balances…</p>
  return (
    <ul aria-label="Balances">
      {rows.map((row) => (
        <li key={`${row.chainId}:${row.token.address}`}>
          {row.balance} {row.token.symbol}
        </li>
      ))}
    </ul>
  )
}

function App(): ReactNode {
  const { status } = useSession()
  const signIn = useSignIn()
  if (status === 'loading') return null
  if (status === 'signed-in') return <Balances />
  return (
    <PinPad
      label="Enter your PIN"
      pending={signIn.isPending}
      onComplete={(pin) =>
        signIn.mutate({ wallet: 'kdf', pin, externalUserId, includeBalance: true })
      }
    />
  )
}

createRoot(document.getElementById('root')!).render(
  <IbexProvider config={{ baseUrl: apiUrl, storage: 'localStorage' }}>
    <App />
  </IbexProvider>,
)
