import type { ReactNode } from 'react'
import { flattenBalances, useBalances } from '../src/exports/index.ts'
import { chainName } from './chainName.ts'

/**
 * The user's token balances on every chain, newest from IBEx's pushes; "Refresh" asks again.
 * Rows of the session's chain come first.
 *
 * @example
 * <BalancesList chainId={user.chainId} />
 */
export function BalancesList({ chainId }: { chainId: number }): ReactNode {
  const {
    data: rows,
    error,
    isPending,
    isFetching,
    refetch,
  } = useBalances({
    query: { select: flattenBalances },
  })
  const sorted = [...(rows ?? [])].sort(
    (a, b) => Number(b.chainId === chainId) - Number(a.chainId === chainId),
  )
  return (
    <section className="demo-card" aria-labelledby="balances-title" aria-busy={isFetching}>
      <div className="demo-row demo-row-spread">
        <h2 id="balances-title">Balances</h2>
        <button
          type="button"
          className="demo-button demo-button-quiet"
          aria-disabled={isFetching}
          onClick={() => {
            if (!isFetching) void refetch()
          }}
        >
          Refresh
        </button>
      </div>
      {sorted.length === 0 && error ? (
        <p role="alert" className="demo-error">
          The balances could not be loaded: {error.shortMessage}
        </p>
      ) : isPending ? (
        <p>Loading balances…</p>
      ) : sorted.length === 0 ? (
        <p>No tokens yet.</p>
      ) : (
        <ul className="demo-list" aria-labelledby="balances-title">
          {sorted.map((row) => (
            <li key={`${row.chainId}:${row.wallet}:${row.token.address}`}>
              <span className="demo-amount">
                {row.balance} {row.token.symbol}
              </span>
              <span className="demo-muted">{chainName(row.chainId)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
