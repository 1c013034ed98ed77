import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { walletChallengeSchema } from '../../schemas/walletChallengeSchema.ts'

export type GetWalletChallengeParameters = {
  /** The external wallet's address (EOA). */
  address: Address | string
  /** The chain to name in the message; IBEx's default chain when absent. */
  chainId?: number | undefined
}

/** The SIWE-like text for the wallet to sign (`personal_sign`) and the nonce to send back. */
export type GetWalletChallengeReturnType = { message: string; nonce: string }

/**
 * `POST /v1.2/auth/wallet-challenge` (docs/protocol.md), step 1 of the EOA entry point of 7702
 * sign-in: a single-use SIWE-like challenge for `address`. The address
 * (`validation/address-invalid`, `validation/address-checksum`) and the chain id
 * (`validation/chain-id-invalid`) are checked before any request. Sign `message` with the
 * wallet, then call `submitWalletSignIn`.
 *
 * @example
 * const { message, nonce } = await getWalletChallenge(client, { address })
 * const signature = await signMessage({ message })
 */
export async function getWalletChallenge(
  client: IbexClient,
  parameters: GetWalletChallengeParameters,
  options: IbexActionOptions = {},
): Promise<GetWalletChallengeReturnType> {
  const address = parseAddressInput(parameters.address, 'address')
  const { chainId } = parameters
  if (chainId !== undefined && (!Number.isSafeInteger(chainId) || chainId < 1)) {
    throw new IbexValidationError({
      code: 'validation/chain-id-invalid',
      field: 'chainId',
      message: 'chainId must be a positive whole number.',
    })
  }
  return client.request({
    method: 'POST',
    path: '/v1.2/auth/wallet-challenge',
    auth: false,
    body: { address, ...(chainId === undefined ? {} : { chainId }) },
    schema: walletChallengeSchema,
    signal: options.signal,
  })
}
