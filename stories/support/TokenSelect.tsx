import { useId, type ReactNode } from 'react'
import type { IbexBalanceRow } from '../../src/core/parse/flattenBalances.ts'

/** Props of {@link TokenSelect}. */
export interface TokenSelectProps {
  /** The visible label, also the select's accessible name. */
  label: string
  /** The tokens offered: rows of `useBalances({ query: { select: flattenBalances } })`. */
  rows: readonly IbexBalanceRow[]
  /** The chosen token's address. */
  value: string
  onValueChange: (address: string) => void
  /** Show what the Safe holds beside each symbol ("EUR-IBEX (100)"). */
  showBalance?: boolean | undefined
}

/**
 * A labelled `<select>` of the tokens the Safe holds, by address, for the wallet flow stories'
 * forms (what to send, what to sell or buy).
 *
 * @example
 * <TokenSelect label="Token" rows={rows} value={token} onValueChange={setToken} showBalance />
 */
export function TokenSelect({
  label,
  rows,
  value,
  onValueChange,
  showBalance = false,
}: TokenSelectProps): ReactNode {
  const id = useId()
  return (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onValueChange(event.target.value)}>
        {rows.map((row) => (
          <option key={row.token.address} value={row.token.address}>
            {showBalance ? `${row.token.symbol} (${row.balance})` : row.token.symbol}
          </option>
        ))}
      </select>
    </div>
  )
}
