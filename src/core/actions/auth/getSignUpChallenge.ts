import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { emailChallengeSchema } from '../../schemas/emailChallengeSchema.ts'
import type { EmailChallenge } from '../../schemas/emailChallengeSchema.ts'
import { eip7702ChallengeSchema } from '../../schemas/eip7702ChallengeSchema.ts'
import type { Eip7702Challenge } from '../../schemas/eip7702ChallengeSchema.ts'
import { kdfChallengeSchema } from '../../schemas/kdfChallengeSchema.ts'
import type { KdfChallenge } from '../../schemas/kdfChallengeSchema.ts'
import { passkeySignUpChallengeSchema } from '../../schemas/passkeySignUpChallengeSchema.ts'
import type { PasskeySignUpChallenge } from '../../schemas/passkeySignUpChallengeSchema.ts'
import type { IbexWalletMode } from '../../session/sessionFromAuthResponse.ts'
import { assertEmailAddress } from './assertEmailAddress.ts'
import { assertWalletAddress } from './assertWalletAddress.ts'
import { requestAuthChallenge } from './requestAuthChallenge.ts'

export type GetSignUpChallengeParameters =
  | {
      wallet: 'passkeys'
      /** WebAuthn `user.name` / `user.displayName` overrides. */
      userName?: string | undefined
      userDisplayName?: string | undefined
      /** Passkey labels, echoed later in `keyName` / `keyDisplayName`. */
      keyName?: string | undefined
      keyDisplayName?: string | undefined
    }
  | { wallet: 'kdf' }
  | {
      wallet: 'email'
      /** Where IBEx sends the 6-digit code. */
      email: string
    }
  | {
      wallet: '7702'
      /** The connected EOA. */
      address: Address
      /** Chain of the delegation; IBEx's default chain when left out. */
      chainId?: number | undefined
    }

type SignUpChallengeByWallet = {
  passkeys: PasskeySignUpChallenge & { wallet: 'passkeys' }
  /** Also carries a pending (`PIN_KDF_PENDING`) token pair, which is not a session. */
  kdf: KdfChallenge & { wallet: 'kdf' }
  email: EmailChallenge & { wallet: 'email' }
  '7702': Eip7702Challenge & { wallet: '7702' }
}

/** The validated challenge of the mode asked for, tagged with `wallet`. */
export type GetSignUpChallengeReturnType<TWallet extends IbexWalletMode = IbexWalletMode> =
  SignUpChallengeByWallet[TWallet]

/**
 * `GET /v1.2/auth/sign-up` (docs/protocol.md), step 1 of sign-up: passkey creation options, PIN
 * (KDF) materials, an emailed code, or a 7702 message to sign. The HTTP step only: running
 * WebAuthn or the KDF is the caller's next step.
 *
 * @example
 * const challenge = await getSignUpChallenge(client, { wallet: 'passkeys', userName: 'alice' })
 * const credential = await startRegistration({ optionsJSON: challenge.options })
 */
export async function getSignUpChallenge<const TParameters extends GetSignUpChallengeParameters>(
  client: IbexClient,
  parameters: TParameters,
  options: IbexActionOptions = {},
): Promise<GetSignUpChallengeReturnType<TParameters['wallet']>> {
  const request = { path: '/v1.2/auth/sign-up', chainId: true, signal: options.signal }
  const p: GetSignUpChallengeParameters = parameters
  let result: GetSignUpChallengeReturnType
  switch (p.wallet) {
    case 'passkeys': {
      const { wallet, ...labels } = p
      result = await requestAuthChallenge(
        client,
        request,
        wallet,
        labels,
        passkeySignUpChallengeSchema,
      )
      break
    }
    case 'kdf':
      result = await requestAuthChallenge(client, request, 'kdf', {}, kdfChallengeSchema)
      break
    case 'email': {
      const email = assertEmailAddress(p.email)
      result = await requestAuthChallenge(client, request, 'email', { email }, emailChallengeSchema)
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
  return result as GetSignUpChallengeReturnType<TParameters['wallet']>
}
