import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { passkeyCeremony } from '../../ceremonies/passkeys/passkeyCeremony.ts'
import { IbexResponseError } from '../../errors/IbexResponseError.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexProvisionedSafe } from '../../parse/IbexProvisionedSafe.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { getPasskeyAssertion } from '../../webauthn/getPasskeyAssertion.ts'
import { getSignInChallenge } from '../auth/getSignInChallenge.ts'
import { submitSignIn } from '../auth/submitSignIn.ts'
import { signedInUserId } from '../verification/signedInUserId.ts'

export type ProvisionSafeParameters = {
  /** The salt slot: a whole number ≥ 1, unique per signer and chain; each gives another Safe. */
  saltNonce: string | number
  /** Default: the session's chain. */
  chainId?: number | undefined
  /**
   * A `safe_provision_token` you already hold (a sign-in with `intent: 'safe_provision'`).
   * Without one, the user confirms with their passkey and the kit asks for the token.
   */
  safeProvisionToken?: string | undefined
}

export type ProvisionSafeReturnType = IbexProvisionedSafe

/**
 * Adds another Safe for the passkey signer (docs/protocol.md): a passkey sign-in with
 * `intent: 'safe_provision'` (one prompt; the session is renewed for the same user) gives a
 * single-use `safe_provision_token`, then `POST /v1.2/auth/sign-in/safe-provision` with it as
 * bearer creates the Safe for `saltNonce` on the chain. Checked before any request: the salt
 * (`validation/salt-nonce-invalid`), the chain id, a signed-in passkey user
 * (`validation/wallet-mode-unsupported`). A salt already used on the chain is IBEx's 409
 * (`http/conflict`); a used or expired token, 401.
 *
 * @example
 * const safe = await provisionSafe(client, { saltNonce: 1 })
 */
export async function provisionSafe(
  client: IbexClient,
  parameters: ProvisionSafeParameters,
  options: IbexActionOptions = {},
): Promise<ProvisionSafeReturnType> {
  const saltNonce = String(parameters.saltNonce ?? '').trim()
  if (!/^[1-9]\d{0,17}$/.test(saltNonce)) {
    throw new IbexValidationError({
      code: 'validation/salt-nonce-invalid',
      field: 'saltNonce',
      message: '`saltNonce` is a whole number from 1 (each value gives another Safe).',
    })
  }
  assertChainId(parameters.chainId, 'chainId')
  await signedInUserId(client)
  const user = client.session.getSnapshot().user
  const chainId = parameters.chainId ?? user?.chainId ?? client.config.chainId
  let token = parameters.safeProvisionToken
  if (token === undefined) {
    if (user?.authMethod !== 'PASSKEY') {
      throw new IbexValidationError({
        code: 'validation/wallet-mode-unsupported',
        field: 'safeProvisionToken',
        message: 'Only passkey users can add a Safe (IBEx issues the token to passkey signers).',
      })
    }
    const { signal } = options
    const signedIn = await passkeyCeremony(signal, { conditional: false }, async (prompt) => {
      const challenge = await getSignInChallenge(client, { wallet: 'passkeys' }, { signal })
      const credential = await prompt(() => getPasskeyAssertion({ optionsJSON: challenge.options }))
      return submitSignIn(
        client,
        { wallet: 'passkeys', credential, chainId, intent: 'safe_provision' },
        { signal },
      )
    })
    token = signedIn.response.safe_provision_token ?? undefined
    if (!token) {
      throw new IbexResponseError({
        endpoint: 'POST /v1.2/auth/sign-in',
        field: 'safe_provision_token',
        reason: 'the sign-in asked for intent safe_provision, but no token came back',
      })
    }
  }
  return client.request({
    method: 'POST',
    path: '/v1.2/auth/sign-in/safe-provision',
    auth: { bearer: token },
    body: { blockchainId: chainId, saltNonce },
    schema: () =>
      loadOnDemand(
        'The Safe provision reader',
        () => import('../../schemas/provisionedSafeSchema.ts'),
      ).then((module) => module.provisionedSafeSchema),
    signal: options.signal,
  })
}
