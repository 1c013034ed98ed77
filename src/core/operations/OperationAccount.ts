import type { Address } from 'viem'
import type { IbexClient } from '../client/IbexClient.ts'
import type { IbexSessionUser } from '../session/IbexSessionRecord.ts'

/**
 * Who runs an operation and from where: the client, the signed-in user, the chain and the
 * user's Safe on it.
 *
 * @example
 * const account = await resolveOperationAccount(client, 421614)
 */
export type OperationAccount = {
  client: IbexClient
  user: IbexSessionUser
  chainId: number
  safeAddress: Address
}
