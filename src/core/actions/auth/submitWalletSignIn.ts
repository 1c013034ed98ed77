import type { Address, Hex } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { walletSignInResponseSchema } from '../../schemas/walletSignInResponseSchema.ts'
import type { IbexSessionUser } from '../../session/IbexSessionRecord.ts'

export type SubmitWalletSignInParameters = {
  /** The address the challenge was issued for. */
  address: Address | string
  /** The wallet's `personal_sign` of the challenge `message` (65 bytes, hex). */
  signature: Hex | string
  /** The challenge `nonce`. */
  nonce: string
}

/** The signed-in user, and the chains where the EOA's 7702 delegation is already active. */
export type SubmitWalletSignInReturnType = {
  user: IbexSessionUser
  walletMode: string | undefined
  delegations: { chainId: number; implementation: Address | undefined }[]
}

/**
 * `POST /v1.2/auth/wallet-signin` (docs/protocol.md), step 2 of the EOA entry point: IBEx checks
 * the signature of the `getWalletChallenge` message, creates the user when new, and issues the
 * tokens; the user is then signed in (session stored, other tabs told). Checked before any
 * request: the address, the signature (`validation/signature-invalid`), the nonce
 * (`validation/nonce-invalid`). A wrong signature, a used or an expired nonce is refused by IBEx
 * (`http/bad-request` or `http/unauthorized`): ask for a new challenge. Never retried.
 *
 * @example
 * const { user, delegations } = await submitWalletSignIn(client, { address, signature, nonce })
 */
export async function submitWalletSignIn(
  client: IbexClient,
  parameters: SubmitWalletSignInParameters,
  options: IbexActionOptions = {},
): Promise<SubmitWalletSignInReturnType> {
  const address = parseAddressInput(parameters.address, 'address')
  const { signature, nonce } = parameters
  if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(signature)) {
    throw new IbexValidationError({
      code: 'validation/signature-invalid',
      field: 'signature',
      message: 'signature must be a 65-byte hex string (0x + 130 hex digits).',
    })
  }
  if (typeof nonce !== 'string' || nonce.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/nonce-invalid',
      field: 'nonce',
      message: 'nonce must be the nonce of the wallet challenge.',
    })
  }
  const endpoint = 'POST /v1.2/auth/wallet-signin'
  const response = await client.request({
    method: 'POST',
    path: '/v1.2/auth/wallet-signin',
    auth: false,
    body: { address, signature, nonce },
    schema: walletSignInResponseSchema,
    signal: options.signal,
  })
  const user = await client.session.applyAuthResponse(response, { wallet: '7702', endpoint })
  return {
    user,
    walletMode: response.walletMode ?? undefined,
    delegations: response.delegations.map((entry) => ({
      chainId: entry.chainId,
      implementation: entry.implementation ?? undefined,
    })),
  }
}
