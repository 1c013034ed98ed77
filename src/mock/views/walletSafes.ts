import { isAddress } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { userSafes, type MockSafe } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'

function ownedEoas(view: MockView): string[] {
  const { user } = view
  return [
    ...user.eoaAddresses.filter((entry) => entry.type === 'EVM').map((entry) => entry.address),
    ...(user.publicKey ? [user.publicKey] : []),
    ...(user.eoa ? [user.eoa] : []),
  ].map((address) => address.toLowerCase())
}

/**
 * The user's Safes a read covers: all of them, or those on `chainId`, or those named by
 * `walletAddress` (a Safe, or one of the user's EOAs, which stands for the signer's Safes).
 * Another address is 400 VALIDATION.
 *
 * @example
 * walletSafes(view, { walletAddress: ctx.url.searchParams.get('walletAddress'), chainId })
 */
export function walletSafes(
  view: MockView,
  filter: { walletAddress?: string | null | undefined; chainId?: number | undefined },
): MockSafe[] {
  const safes = userSafes(view.user, view.config).filter(
    (safe) => filter.chainId === undefined || safe.chainId === filter.chainId,
  )
  const wanted = filter.walletAddress
  if (wanted === undefined || wanted === null || wanted === '') return safes
  if (!isAddress(wanted, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'walletAddress must be an address (0x + 40 hex)')
  }
  const lower = wanted.toLowerCase()
  const owned = userSafes(view.user, view.config).some(
    (safe) => safe.address.toLowerCase() === lower,
  )
  if (owned) return safes.filter((safe) => safe.address.toLowerCase() === lower)
  if (ownedEoas(view).includes(lower)) return safes
  throw new MockHttpError('VALIDATION', `unknown wallet address ${wanted}`)
}
