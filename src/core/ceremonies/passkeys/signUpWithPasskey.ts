import { postAuthAnswer } from '../../actions/auth/postAuthAnswer.ts'
import { requestAuthChallenge } from '../../actions/auth/requestAuthChallenge.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { authSessionResponseSchema } from '../../schemas/authSessionResponseSchema.ts'
import { passkeySignUpChallengeSchema } from '../../schemas/passkeySignUpChallengeSchema.ts'
import { createPasskeyCredential } from '../../webauthn/createPasskeyCredential.ts'
import { assertChainId } from '../assertChainId.ts'
import type { CeremonyOptions } from '../CeremonyTypes.ts'
import type { SignedInResult } from '../finishSignIn.ts'
import { passkeyCeremony } from './passkeyCeremony.ts'

/** Passkey sign-up (the default mode). */
export type PasskeySignUpParameters = {
  wallet?: 'passkeys' | undefined
  /** WebAuthn `user.name` / `user.displayName` overrides. */
  userName?: string | undefined
  userDisplayName?: string | undefined
  /** Passkey labels, echoed later in `keyName` / `keyDisplayName`. */
  keyName?: string | undefined
  keyDisplayName?: string | undefined
  /** Chain of the session; the client's when left out. */
  chainId?: number | undefined
  /** Deploy counterfactual Safes on these chains. */
  chainIds?: number[] | undefined
}

/**
 * Passkey sign-up: GET the creation options, create the passkey, POST the attestation; the
 * session is then stored. PRF output never leaves the device.
 *
 * @example
 * const { user } = await signUpWithPasskey(client, { userName: 'alice' }, { onStep })
 */
export async function signUpWithPasskey(
  client: IbexClient,
  parameters: PasskeySignUpParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  const { userName, userDisplayName, keyName, keyDisplayName, chainId, chainIds } = parameters
  assertChainId(chainId, 'chainId')
  if (chainIds !== undefined) {
    if (!Array.isArray(chainIds) || chainIds.length === 0) {
      throw new IbexValidationError({
        code: 'validation/chain-id-invalid',
        field: 'chainIds',
        message: '`chainIds` must be a non-empty array of chain ids.',
      })
    }
    chainIds.forEach((id, index) => assertChainId(id, `chainIds.${index}`))
  }
  return passkeyCeremony(signal, { conditional: false }, async (prompt) => {
    onStep?.('challenge')
    // The passkey schemas only, as in signInWithPasskey.
    const challenge = await requestAuthChallenge(
      client,
      { path: '/v1.2/auth/sign-up', chainId: true, signal },
      'passkeys',
      { userName, userDisplayName, keyName, keyDisplayName },
      passkeySignUpChallengeSchema,
    )
    onStep?.('authenticator')
    const { credential } = await prompt(() => createPasskeyCredential(challenge.options))
    onStep?.('verifying')
    const { user } = await postAuthAnswer(
      client,
      { path: '/v1.2/auth/sign-up', chainId: true },
      {
        wallet: 'passkeys',
        credential,
        chainId,
        chainIds,
        keyName,
        keyDisplayName,
        // Set when IBEx adds a passkey to an existing user (deferred passkey creation).
        externalUserId: challenge.externalUserId ?? undefined,
      },
      authSessionResponseSchema,
      { signal },
    )
    return { status: 'signed-in', user }
  })
}
