import type { Address } from 'viem'
import type { MockView } from '../views/MockView.ts'
import { userSafes } from '../wallet/userSafes.ts'

/**
 * The Safe of a socket: the user's Safe on the socket's chain, else their first Safe on another
 * chain (docs/protocol.md "Server checks"), else `null`.
 *
 * @example
 * socketSafe(view, 421614)
 */
export function socketSafe(view: MockView, chainId: number): Address | null {
  const safes = userSafes(view.user, view.config)
  return (safes.find((safe) => safe.chainId === chainId) ?? safes[0])?.address ?? null
}
