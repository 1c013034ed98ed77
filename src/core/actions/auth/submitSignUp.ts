import type { RegistrationResponseJSON } from '@simplewebauthn/browser'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { authSessionResponseSchema } from '../../schemas/authSessionResponseSchema.ts'
import type { AuthSessionResponse } from '../../schemas/authSessionResponseSchema.ts'
import { eip7702AuthResponseSchema } from '../../schemas/eip7702AuthResponseSchema.ts'
import type { Eip7702AuthResponse } from '../../schemas/eip7702AuthResponseSchema.ts'
import type { IbexSessionUser } from '../../session/IbexSessionRecord.ts'
import { maskEmail } from '../../session/maskEmail.ts'
import type { IbexWalletMode } from '../../session/sessionFromAuthResponse.ts'
import type {
  EmailBackupFields,
  EmailProofBody,
  Eip7702ProofBody,
  KdfProofBody,
} from './AuthProofBodies.ts'

/** The POST body of sign-up, per mode (docs/protocol.md). */
export type SubmitSignUpParameters =
  | {
      wallet: 'passkeys'
      /** `startRegistration(...)` output (base64url fields). */
      credential: RegistrationResponseJSON
      /** Deferred passkey creation for an existing user. */
      externalUserId?: string | undefined
      chainId?: number | undefined
      /** Deploy counterfactual Safes on several chains. */
      chainIds?: number[] | undefined
      keyName?: string | undefined
      keyDisplayName?: string | undefined
      provisioning?:
        | {
            safes: { chainId: number; derive?: { family: string; count: number }[] }[]
            global?: { derive?: { family: string; count: number }[]; chainId?: number }
          }
        | undefined
    }
  | ({ wallet: 'kdf' } & KdfProofBody)
  | ({ wallet: 'email' } & EmailProofBody & EmailBackupFields)
  | ({ wallet: '7702' } & Eip7702ProofBody)

type SignUpResultByWallet = {
  passkeys: { user: IbexSessionUser; response: AuthSessionResponse }
  kdf: { user: IbexSessionUser; response: AuthSessionResponse }
  email: { user: IbexSessionUser; response: AuthSessionResponse }
  /** `response.delegation` is what the wallet must now authorise (EIP-7702). */
  '7702': { user: IbexSessionUser; response: Eip7702AuthResponse }
}

/** The signed-in user and the validated body. */
export type SubmitSignUpReturnType<TWallet extends IbexWalletMode = IbexWalletMode> =
  SignUpResultByWallet[TWallet]

/**
 * `POST /v1.2/auth/sign-up` (docs/protocol.md), step 2 of sign-up: sends the attestation or the
 * signed proof, then signs the user in (session stored, other tabs told, `client.lastUser`
 * updated). Give `email` in email mode to remember its masked form as the last user's hint.
 *
 * @example
 * const { user } = await submitSignUp(client, { wallet: 'passkeys', credential })
 * user.safeAddresses['421614']
 */
export async function submitSignUp<const TParameters extends SubmitSignUpParameters>(
  client: IbexClient,
  body: TParameters,
  options: IbexActionOptions & {
    /** Email mode: the address signed up with; only its masked form is kept. */
    email?: string | undefined
  } = {},
): Promise<SubmitSignUpReturnType<TParameters['wallet']>> {
  const endpoint = 'POST /v1.2/auth/sign-up'
  const request = {
    method: 'POST',
    path: '/v1.2/auth/sign-up',
    auth: false,
    chainId: true,
    body,
    signal: options.signal,
  } as const
  const response =
    body.wallet === '7702'
      ? await client.request({ ...request, schema: eip7702AuthResponseSchema })
      : await client.request({ ...request, schema: authSessionResponseSchema })
  const user = await client.session.applyAuthResponse(response, {
    wallet: body.wallet,
    endpoint,
    emailHint: options.email === undefined ? undefined : maskEmail(options.email),
  })
  // `response` was parsed with the schema of `body.wallet`.
  return { user, response } as SubmitSignUpReturnType<TParameters['wallet']>
}
