import { isAddress, isAddressEqual, type Address } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { decodeBinaryField } from './decodeBinaryField.ts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { deriveKdfPrivateKey } from './deriveKdfPrivateKey.ts'
import { requireField } from './requireField.ts'
import { validatePin, type PinPolicy } from './validatePin.ts'
import { KDF_SALT_BOUNDS, validateKdfParams, type KdfParams } from './validateKdfParams.ts'
import { withSecp256k1Account } from './withSecp256k1Account.ts'

/** The server fields a PIN key is derived from (GET sign-up/sign-in `wallet=kdf`). */
export type KdfKeyMaterials = {
  externalUserId: string
  /** Base64. */
  salt: string
  /** Checked against `KDF_PARAMS_BOUNDS` before use. */
  kdf: KdfParams
}

/** What a PIN signer job needs to rebuild the key. */
export type KdfKeyParameters = {
  /** As typed; never stored or returned. */
  pin: string
  pinPolicy?: PinPolicy | undefined
  /** The client's appId (defaults to the rpId there). */
  appId: string
  /** @default protocol.kdf.env ('v1') */
  env?: string | undefined
  /** The protocol profile (plain data, so it crosses `postMessage`). @default defaultProtocolProfile */
  protocol?: IbexProtocolProfile | undefined
  materials: KdfKeyMaterials
  /**
   * The address the server bound to this user, when known: a different derived address means a
   * wrong PIN, refused as `validation/pin-wrong` before anything is sent.
   */
  expectedPublicKey?: Address | undefined
}

/**
 * Validates every input, derives the PIN key, and runs `sign` with its account; the key is wiped
 * afterwards. Shared by the PIN proof and the PIN operation signature.
 *
 * @param parameters - PIN, policy, app context and server materials.
 * @param sign - What to sign.
 * @returns What `sign` returns.
 * @example
 * await withKdfAccount(parameters, (account) => signUserOpHashWith(account, userOpHash))
 */
export async function withKdfAccount<T>(
  parameters: KdfKeyParameters,
  sign: (account: PrivateKeyAccount) => Promise<T>,
): Promise<T> {
  const { materials, expectedPublicKey } = parameters
  const protocol = parameters.protocol ?? defaultProtocolProfile
  const pin = validatePin(parameters.pin, parameters.pinPolicy)
  const kdf = validateKdfParams(materials.kdf, 'kdf')
  const salt = decodeBinaryField(
    materials.salt,
    'salt',
    KDF_SALT_BOUNDS,
    'validation/kdf-malformed',
  )
  const context = {
    appId: requireField(parameters.appId, 'appId', 'text'),
    env: requireField(parameters.env ?? protocol.kdf.env, 'env', 'text'),
    externalUserId: requireField(materials.externalUserId, 'externalUserId', 'text'),
  }
  if (expectedPublicKey !== undefined && !isAddress(expectedPublicKey, { strict: false })) {
    throw new IbexValidationError({
      code: 'validation/input-missing',
      field: 'expectedPublicKey',
      message: '`expectedPublicKey` must be an address.',
    })
  }
  const privateKey = await deriveKdfPrivateKey(pin, salt, kdf, context, protocol.kdf.hkdf)
  return withSecp256k1Account(privateKey, async (account) => {
    if (expectedPublicKey !== undefined && !isAddressEqual(account.address, expectedPublicKey)) {
      throw new IbexValidationError({
        code: 'validation/pin-wrong',
        field: 'pin',
        message: 'This PIN does not open this account.',
      })
    }
    return sign(account)
  })
}
