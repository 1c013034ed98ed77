import { getAddress, type Address } from 'viem'
import type { MockContext } from '../../http/MockContext.ts'
import { requestedChainId } from '../../http/requestedChainId.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { walletSafes } from '../../views/walletSafes.ts'
import type { MockSafe } from '../../wallet/userSafes.ts'
import { exclusiveWalletOrIban } from './exclusiveWalletOrIban.ts'

/**
 * The caller and the Safes a balances or transactions read covers: `walletAddress` (or the 400
 * of `iban`), the chain of `X-Blockchain-Id` / `?blockchainId=` (none = every chain).
 *
 * @example
 * const { view, safes, walletAddress, chainId } = await walletScope(ctx)
 */
export async function walletScope(ctx: MockContext): Promise<{
  view: MockView
  safes: MockSafe[]
  walletAddress: Address | undefined
  chainId: number | undefined
}> {
  const view = await viewOfRequest(ctx)
  const named = exclusiveWalletOrIban(ctx.url)
  const chainId = requestedChainId(ctx)
  const safes = walletSafes(view, { walletAddress: named, chainId })
  return { view, safes, walletAddress: named ? getAddress(named) : undefined, chainId }
}
