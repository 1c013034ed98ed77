// Scenario app: a passkey sign-in button, the balances once signed in, one transfer button —
// what a wallet screen built on the kit's hooks and its PasskeyButton looks like. Measured by
// bench/bundle.ts to (a) balances on screen after the sign-in and (b) the transfer confirmed.
import { useEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { IbexProvider, flattenBalances, useBalances, useSession, useTransfer } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
import 'ibex-react/styles.css'
import { apiUrl, mark } from './mark.ts'

const RECIPIENT = '0x1111111111111111111111111111111111111111'

function Wallet({ chainId }: { chainId: number }): ReactNode {
  const { data: rows } = useBalances({ query: { select: flattenBalances } })
  const transfer = useTransfer()
  useEffect(() => {
    if (rows && rows.length > 0) mark('balances')
  }, [rows])
  useEffect(() => {
    if (transfer.isSuccess) mark('transfer')
  }, [transfer.isSuccess])
  if (!rows) return <p>Loading balances…</p>
  const eur = rows.find((row) => row.chainId === chainId && row.token.symbol === 'EUR-IBEX')
  return (
    <>
      <ul aria-label="Balances">
        {rows.map((row) => (
          <li key={`${row.chainId}:${row.token.address}`}>
            {row.balance} {row.token.symbol}
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={!eur || transfer.isPending}
        onClick={() =>
          eur && transfer.mutate({ token: eur.token.address, to: RECIPIENT, amount: '1' })
        }
      >
        Send 1 EUR-IBEX
      </button>
      <p role="status">
        {transfer.isSuccess ? 'Transfer confirmed' : transfer.error ? transfer.error.code : ''}
      </p>
    </>
  )
}

function App(): ReactNode {
  const { status, user } = useSession()
  if (status === 'loading') return null
  if (status === 'signed-out' || !user)
    return <PasskeyButton mode="sign-in" signInOptions={{ includeBalance: true }} />
  return <Wallet chainId={user.chainId} />
}

createRoot(document.getElementById('root')!).render(
  <IbexProvider config={{ baseUrl: apiUrl, storage: 'localStorage' }}>
    <App />
  </IbexProvider>,
)
