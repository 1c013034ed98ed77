import { assertChainId } from '../ceremonies/assertChainId.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { OperationAccount } from './OperationAccount.ts'
import { checksumAddress } from '../utils/checksumAddress.ts'

/**
 * The signed-in user and their Safe on `chainId` (default: the session's chain), before any
 * request: `session/signed-out` without a session, `validation/chain-id-invalid` for a bad
 * chain id, `validation/chain-unsupported` (field `chainId`) when the user has no Safe there.
 *
 * @example
 * const { safeAddress, chainId } = await resolveOperationAccount(client, undefined)
 */
export async function resolveOperationAccount(
  client: IbexClient,
  chainId: number | undefined,
): Promise<OperationAccount> {
  assertChainId(chainId, 'chainId')
  await client.session.whenReady()
  const snapshot = client.session.getSnapshot()
  if (snapshot.status !== 'signed-in') {
    throw new IbexSessionError({
      code: 'session/signed-out',
      message: 'Sign in before moving funds: there is no session.',
    })
  }
  const { user } = snapshot
  const chain = chainId ?? user.chainId
  const safe = user.safeAddresses[String(chain)]
  if (!safe) {
    throw new IbexValidationError({
      code: 'validation/chain-unsupported',
      field: 'chainId',
      message: `This account has no Safe on chain ${chain}.`,
    })
  }
  return { client, user, chainId: chain, safeAddress: checksumAddress(safe) }
}
