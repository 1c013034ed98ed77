import type { ReactNode } from 'react'
import { useTransactions } from '../src/exports/index.ts'

function shortAddress(address: string | undefined): string {
  return address ? `${address.slice(0, 6)}…${address.slice(-4)}` : 'unknown'
}

/**
 * The latest transactions of the user's wallets, newest first; "Show more" loads the next page.
 *
 * @example
 * <TransactionsList />
 */
export function TransactionsList(): ReactNode {
  const { data, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useTransactions({ limit: 10 })
  const transactions = data?.pages.flatMap((page) => page.transactions) ?? []
  return (
    <section className="demo-card" aria-labelledby="transactions-title">
      <h2 id="transactions-title">Transactions</h2>
      {transactions.length === 0 && error ? (
        <p role="alert" className="demo-error">
          The transactions could not be loaded: {error.shortMessage}
        </p>
      ) : transactions.length === 0 && isPending ? (
        <p>Loading transactions…</p>
      ) : transactions.length === 0 ? (
        <p>No transactions yet.</p>
      ) : (
        <ul className="demo-list demo-list-stacked" aria-labelledby="transactions-title">
          {transactions.map((transaction) => (
            <li key={`${transaction.chainId}:${transaction.hash}:${transaction.id ?? ''}`}>
              <span className="demo-amount">
                {transaction.direction === 'IN' ? '+' : transaction.direction === 'OUT' ? '−' : ''}
                {transaction.valueFormatted ?? transaction.value} {transaction.token.symbol ?? ''}
              </span>
              <span className="demo-muted">
                {transaction.direction === 'IN'
                  ? `from ${shortAddress(transaction.from)}`
                  : `to ${shortAddress(transaction.to)}`}{' '}
                ·{' '}
                <time dateTime={transaction.timestamp}>
                  {transaction.timestamp.slice(0, 16).replace('T', ' ')}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {hasNextPage && (
        <button
          type="button"
          className="demo-button demo-button-quiet"
          aria-disabled={isFetchingNextPage}
          onClick={() => {
            if (!isFetchingNextPage) void fetchNextPage()
          }}
        >
          Show more
        </button>
      )}
    </section>
  )
}
