import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { flattenBalances } from '../../src/core/parse/flattenBalances.ts'
import { useBalances } from '../../src/react/hooks/useBalances.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useTransfer } from '../../src/react/hooks/useTransfer.ts'
import { StageText } from './StageText.tsx'
import { storyOperationTracking } from './storyOperationTracking.ts'
import { TextField } from './TextField.tsx'
import { TokenSelect } from './TokenSelect.tsx'

/**
 * A transfer form on `useTransfer`: recipient, token (what the Safe holds on the session's
 * chain, from the shared `useBalances` entry), amount, "Send". The hook checks the inputs (a bad
 * address or an amount over the balance is an error before anything is sent), the software
 * authenticator signs, and {@link StageText} follows the run to `confirmed`; the balances
 * refresh by themselves. A second press while one runs is ignored. Needs `<IbexProvider>`.
 *
 * @example
 * <WalletScreen><BalancesList /><TransferForm /></WalletScreen>
 */
export function TransferForm(): ReactNode {
  const headingId = useId()
  const { user } = useSession()
  const { data: rows = [] } = useBalances({
    chainId: user?.chainId,
    query: { select: flattenBalances },
  })
  const transfer = useTransfer({ tracking: storyOperationTracking })
  const [to, setTo] = useState('')
  const [tokenAddress, setTokenAddress] = useState('')
  const [amount, setAmount] = useState('')
  const selected = rows.find((row) => row.token.address === tokenAddress) ?? rows[0]

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (transfer.isPending || !selected) return
    transfer.mutate({ token: selected.token.address, to, amount })
  }

  const sent = transfer.data?.operation
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      style={{ display: 'grid', gap: '0.75rem' }}
    >
      <h3 id={headingId} style={{ margin: 0 }}>
        Send
      </h3>
      <TextField label="Recipient address" placeholder="0x…" value={to} onValueChange={setTo} />
      <TokenSelect
        label="Token"
        rows={rows}
        value={selected?.token.address ?? ''}
        onValueChange={setTokenAddress}
        showBalance
      />
      <TextField label="Amount" inputMode="decimal" value={amount} onValueChange={setAmount} />
      <button type="submit" aria-disabled={transfer.isPending || !selected || undefined}>
        Send
      </button>
      <StageText
        stage={transfer.stage}
        error={transfer.error}
        labels={{
          signing: 'Confirm the transfer with your passkey…',
          confirmed: sent ? `Sent ${sent.amount} ${sent.symbol ?? ''} to ${sent.to}.` : undefined,
        }}
      />
    </form>
  )
}
