import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { resolveOperationAccount } from '../../operations/resolveOperationAccount.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertWalletRequests, type DerivedWalletRequest } from './assertWalletRequests.ts'
import type { DerivedWalletsResult } from './DerivedWalletsResult.ts'

export type AddSafeWalletsParameters = {
  add: readonly DerivedWalletRequest[]
  /** Default: the user's Safe on the session's chain. */
  safeAddress?: Address | string | undefined
}

export type AddSafeWalletsReturnType = DerivedWalletsResult & { safeAddress: Address }

/**
 * `POST /v1.2/safes/:safeAddress/wallets` (docs/protocol.md): derives more addresses tied to one
 * Safe (no passkey prompt). `add` and the address are checked before any request. IBEx's
 * refusals: a Safe that is not the signer's, 404 (`http/not-found`); past 100 in a family, 400;
 * no master key, 409 `NO_MASTER`; more than one derivation every ~5 s, 429. Never retried.
 *
 * @example
 * const { added } = await addSafeWallets(client, { add: [{ family: 'SOLANA' }] })
 */
export async function addSafeWallets(
  client: IbexClient,
  parameters: AddSafeWalletsParameters,
  options: IbexActionOptions = {},
): Promise<AddSafeWalletsReturnType> {
  const add = assertWalletRequests(parameters.add)
  const named =
    parameters.safeAddress === undefined
      ? undefined
      : parseAddressInput(parameters.safeAddress, 'safeAddress')
  const safeAddress = named ?? (await resolveOperationAccount(client, undefined)).safeAddress
  const result = await client.request({
    method: 'POST',
    path: `/v1.2/safes/${encodeURIComponent(safeAddress)}/wallets`,
    body: { add },
    schema: () =>
      loadOnDemand(
        'The derived wallets reader',
        () => import('../../schemas/derivedWalletsSchema.ts'),
      ).then((module) => module.derivedWalletsSchema),
    signal: options.signal,
  })
  return { ...result, safeAddress }
}
