import type { ReactNode } from 'react'
import { BalanceList } from '../../src/components/BalanceList/BalanceList.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'

/**
 * The kit's `BalanceList` on the session's chain: the same `{ chainId }` balances entry as the
 * forms of the flows, so they share one request. Needs `<IbexProvider>`.
 *
 * @example
 * <PasskeyWallet><WalletBalances /><TransferForm /></PasskeyWallet>
 */
export function WalletBalances(): ReactNode {
  const { user } = useSession()
  return <BalanceList chainId={user?.chainId} />
}
