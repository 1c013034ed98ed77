import type { ReactNode } from 'react'
import type { IbexSessionUser } from '../src/exports/index.ts'
import { BalancesList } from './BalancesList.tsx'
import { SafeCard } from './SafeCard.tsx'
import { TransactionsList } from './TransactionsList.tsx'
import { TransferForm } from './TransferForm.tsx'

/**
 * The signed-in user's wallet: their Safe, balances, a transfer form and the latest
 * transactions. Balances and transactions follow IBEx's pushes without refetching.
 *
 * @example
 * {session.status === 'signed-in' && <WalletScreen user={session.user} />}
 */
export function WalletScreen({ user }: { user: IbexSessionUser }): ReactNode {
  const safeAddress = user.safeAddresses[String(user.chainId)]
  return (
    <div className="demo-wallet">
      <SafeCard chainId={user.chainId} safeAddress={safeAddress} />
      <BalancesList chainId={user.chainId} />
      <TransferForm user={user} />
      <TransactionsList />
    </div>
  )
}
