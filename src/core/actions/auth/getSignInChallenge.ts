import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { emailChallengeSchema } from '../../schemas/emailChallengeSchema.ts'
import type { EmailChallenge } from '../../schemas/emailChallengeSchema.ts'
import { eip7702ChallengeSchema } from '../../schemas/eip7702ChallengeSchema.ts'
import type { Eip7702Challenge } from '../../schemas/eip7702ChallengeSchema.ts'
import { kdfChallengeSchema } from '../../schemas/kdfChallengeSchema.ts'
import type { KdfChallenge } from '../../schemas/kdfChallengeSchema.ts'
import { passkeySignInChallengeSchema } from '../../schemas/passkeySignInChallengeSchema.ts'
import type { PasskeySignInChallenge } from '../../schemas/passkeySignInChallengeSchema.ts'
import type { IbexWalletMode } from '../../session/sessionFromAuthResponse.ts'
import { assertWalletAddress } from './assertWalletAddress.ts'
import { requestAuthChallenge } from './requestAuthChallenge.ts'

export type GetSignInChallengeParameters =
  | { wallet: 'passkeys' }
  | {
      wallet: 'kdf'
      /** From `client.lastUser.get()` for a returning PIN user. */
      externalUserId: string
    }
  | {
      wallet: 'email'
      /** IBEx emails this user a 6-digit code. */
      externalUserId: string
    }
  | { wallet: '7702'; address: Address; chainId?: number | undefined }

type SignInChallengeByWallet = {
  passkeys: PasskeySignInChallenge & { wallet: 'passkeys' }
  kdf: KdfChallenge & { wallet: 'kdf' }
  email: EmailChallenge & { wallet: 'email' }
  '7702': Eip7702Challenge & { wallet: '7702' }
}

/** The validated challenge of the mode asked for, tagged with `wallet`. */
export type GetSignInChallengeReturnType<TWallet extends IbexWalletMode = IbexWalletMode> =
  SignInChallengeByWallet[TWallet]

/**
 * `GET /v1.2/auth/sign-in` (docs/protocol.md), step 1 of sign-in: passkey request options, fresh
 * PIN (KDF) materials for a known user, an emailed code (continue with `recoverEmail`), or a 7702
 * message to sign. The HTTP step only.
 *
 * @example
 * const challenge = await getSignInChallenge(client, { wallet: 'kdf', externalUserId })
 * // derive the key from the PIN with challenge.salt and challenge.kdf, sign, then submitSignIn
 */
export async function getSignInChallenge<const TParameters extends GetSignInChallengeParameters>(
  client: IbexClient,
  parameters: TParameters,
  options: IbexActionOptions = {},
): Promise<GetSignInChallengeReturnType<TParameters['wallet']>> {
  const request = { path: '/v1.2/auth/sign-in', signal: options.signal }
  const p: GetSignInChallengeParameters = parameters
  let result: GetSignInChallengeReturnType
  switch (p.wallet) {
    case 'passkeys':
      result = await requestAuthChallenge(
        client,
        request,
        'passkeys',
        {},
        passkeySignInChallengeSchema,
      )
      break
    case 'kdf':
    case 'email': {
      // Both ask for a known user; the schema differs.
      const query = { externalUserId: p.externalUserId }
      result =
        p.wallet === 'kdf'
          ? await requestAuthChallenge(client, request, 'kdf', query, kdfChallengeSchema)
          : await requestAuthChallenge(client, request, 'email', query, emailChallengeSchema)
      break
    }
    case '7702': {
      assertWalletAddress(p.address)
      const query = { address: p.address, chainId: p.chainId }
      result = await requestAuthChallenge(client, request, '7702', query, eip7702ChallengeSchema)
      break
    }
  }
  // The switch followed `parameters.wallet`, so `result` is the member TParameters selects.
  return result as GetSignInChallengeReturnType<TParameters['wallet']>
}
