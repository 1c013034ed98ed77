import type { Address } from 'viem'
import type { IbexSessionUser } from '../../../core/session/IbexSessionRecord.ts'

/**
 * The EOA of a 7702 user (also their "Safe" on each chain they signed in on).
 *
 * @example
 * const eoa = eoaOf(user, 11155111)
 */
export function eoaOf(user: IbexSessionUser, chainId: number): Address | undefined {
  return user.eoaAddress ?? user.safeAddresses[String(chainId)]
}
