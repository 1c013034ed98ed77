import { useId, type ReactNode } from 'react'
import { flattenBalances } from '../../src/core/parse/flattenBalances.ts'
import { useBalances } from '../../src/react/hooks/useBalances.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'

/**
 * The signed-in user's balances on the session's chain, one row per token ("100 EUR-IBEX",
 * `data-testid="balance-EUR-IBEX"`), from `useBalances({ chainId, query: { select:
 * flattenBalances } })`. Every component of a story asking for the same chain shares its one
 * request; operations and realtime pushes update it in place. Needs `<IbexProvider>`.
 *
 * @example
 * <WalletScreen><BalancesList /></WalletScreen>
 */
export function BalancesList(): ReactNode {
  const headingId = useId()
  const { user } = useSession()
  const { data: rows, error } = useBalances({
    chainId: user?.chainId,
    query: { select: flattenBalances },
  })
  let body: ReactNode
  if (rows === undefined) {
    body = error ? <p role="alert">The balances could not be loaded.</p> : <p>Loading balances…</p>
  } else if (rows.length === 0) body = <p>No tokens yet.</p>
  else {
    body = (
      <ul aria-labelledby={headingId} style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {rows.map((row) => (
          <li
            key={`${row.wallet}:${row.token.address}`}
            data-testid={`balance-${row.token.symbol}`}
          >
            {row.balance} {row.token.symbol}
          </li>
        ))}
      </ul>
    )
  }
  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: '0.5rem' }}>
      <h3 id={headingId} style={{ margin: 0 }}>
        Balances
      </h3>
      {body}
    </section>
  )
}
