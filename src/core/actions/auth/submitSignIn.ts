import type { AuthenticationResponseJSON } from '@simplewebauthn/browser'
import * as v from 'valibot'
import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { authSessionResponseSchema } from '../../schemas/authSessionResponseSchema.ts'
import type { AuthSessionResponse } from '../../schemas/authSessionResponseSchema.ts'
import { eip7702AuthResponseSchema } from '../../schemas/eip7702AuthResponseSchema.ts'
import type { Eip7702AuthResponse } from '../../schemas/eip7702AuthResponseSchema.ts'
import type { IbexSessionUser } from '../../session/IbexSessionRecord.ts'
import type { IbexWalletMode } from '../../session/sessionFromAuthResponse.ts'
import type { EmailProofBody, Eip7702ProofBody, KdfProofBody } from './AuthProofBodies.ts'

/** Extras every sign-in may ask for (docs/protocol.md). */
export type SignInExtras = {
  /** Chain of the session and of the enrichment; also sent as `X-Blockchain-Id`. */
  chainId?: number | undefined
  /** Adds `safe_provision_token` to the answer (passkey + SAFE_4337 signers only). */
  intent?: 'safe_provision' | undefined
  /** Pin the session to this Safe. */
  safeAddress?: Address | undefined
  /** Select a Safe by salt slot (`''` = primary). */
  deploySaltNonce?: string | undefined
  includeBalance?: boolean | undefined
  includeTransactions?: boolean | undefined
  includeUserdata?: boolean | undefined
  /** With an include flag: answer at once with `dataRequestId`, then poll `getSignInData`. */
  asyncData?: boolean | undefined
}

/** The POST body of sign-in, per mode. */
export type SubmitSignInParameters = SignInExtras &
  (
    | {
        wallet: 'passkeys'
        /** `startAuthentication(...)` output (base64url fields). */
        credential: AuthenticationResponseJSON
      }
    | ({ wallet: 'kdf' } & KdfProofBody)
    | ({ wallet: 'email' } & EmailProofBody)
    | ({ wallet: '7702' } & Eip7702ProofBody)
  )

type SignInResultByWallet = {
  passkeys: { user: IbexSessionUser; response: AuthSessionResponse }
  kdf: { user: IbexSessionUser; response: AuthSessionResponse }
  email: { user: IbexSessionUser; response: AuthSessionResponse }
  '7702': { user: IbexSessionUser; response: Eip7702AuthResponse | AuthSessionResponse }
}

/** The signed-in user and the validated body (with `balance`, `userdata` … when asked for). */
export type SubmitSignInReturnType<TWallet extends IbexWalletMode = IbexWalletMode> =
  SignInResultByWallet[TWallet]

// The 7702 sign-in answer is not documented (docs/protocol.md): accept the sign-up shape
// (`safe` + `delegation`) or the plain token shape.
const eip7702SignInResponseSchema = v.union([eip7702AuthResponseSchema, authSessionResponseSchema])

/**
 * `POST /v1.2/auth/sign-in` (docs/protocol.md), step 2 of sign-in: sends the assertion or the
 * signed proof, then signs the user in (session stored, other tabs told, `client.lastUser`
 * updated).
 *
 * @example
 * const { user, response } = await submitSignIn(client, { wallet: 'passkeys', credential, includeBalance: true })
 * seedBalances(response.balance)
 */
export async function submitSignIn<const TParameters extends SubmitSignInParameters>(
  client: IbexClient,
  body: TParameters,
  options: IbexActionOptions = {},
): Promise<SubmitSignInReturnType<TParameters['wallet']>> {
  const endpoint = 'POST /v1.2/auth/sign-in'
  const request = {
    method: 'POST',
    path: '/v1.2/auth/sign-in',
    auth: false,
    chainId: body.chainId ?? true,
    body,
    signal: options.signal,
  } as const
  const response =
    body.wallet === '7702'
      ? await client.request({ ...request, schema: eip7702SignInResponseSchema })
      : await client.request({ ...request, schema: authSessionResponseSchema })
  const user = await client.session.applyAuthResponse(response, { wallet: body.wallet, endpoint })
  // `response` was parsed with the schema of `body.wallet`.
  return { user, response } as SubmitSignInReturnType<TParameters['wallet']>
}
